import { z } from '../zod';

/**
 * The composer's answer as the popup checks it on arrival (the composer runs in the background, so its
 * code stays out of the popup's 80 KB; lib/popup-link). Its own small module: the popup imports this
 * and nothing else of the composer.
 */
export const HOOK_KINDS = ['post', 'article', 'about', 'featured', 'experience', 'move', 'shared-school', 'shared-org', 'shared-city', 'headline'] as const;

const HookSchema = z.object({ id: z.string(), kind: z.enum(HOOK_KINDS), label: z.string(), detail: z.string() });

export const ComposedAskSchema = z.object({
  subject: z.string().optional(),
  body: z.string(),
  limit: z.number(),
  length: z.number(),
  hook: HookSchema.nullable(),
  variants: z.array(HookSchema),
  hooks: z.array(HookSchema),
  suggestions: z.array(z.string()),
  needs: z.array(z.enum(['name', 'role', 'goal'])),
  blanks: z.array(z.enum(['name', 'detail', 'questions'])),
  fit: z.object({ level: z.enum(['good', 'fair', 'poor']), score: z.number(), note: z.string() }),
});
