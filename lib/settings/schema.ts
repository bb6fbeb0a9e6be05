import { z } from '../zod';

/** Who the user is and what they want: ARCHITECTURE.md §1. */
export const MeSchema = z.object({
  name: z.string().max(200).default(''),
  role: z.string().max(200).default(''),
  organisation: z.string().max(200).default(''),
  /** One line: "I build payment systems for small shops". */
  whatIDo: z.string().max(300).default(''),
  shortTermGoal: z.string().max(500).default(''),
  longTermGoal: z.string().max(500).default(''),
  /** Skills or knowledge the user is missing, one per entry. */
  missingSkills: z.array(z.string().max(120)).max(20).default([]),
  guidance: z.array(z.enum(['technical', 'career', 'organisation', 'encouragement'])).max(4).default([]),
  school: z.string().max(200).default(''),
  city: z.string().max(200).default(''),
});

export const WorkingHoursSchema = z.object({
  /** Hours in 24h local time, start inclusive, end exclusive. */
  start: z.number().int().min(0).max(23).default(9),
  end: z.number().int().min(1).max(24).default(18),
});

/** Follow-up timings, ARCHITECTURE.md §5 defaults; the user may change each. */
export const NudgeTimingsSchema = z.object({
  checkInAfterDays: z.number().min(1).max(60).default(7),
  maxCheckIns: z.number().int().min(0).max(3).default(1),
  closeOutAfterDays: z.number().min(1).max(90).default(14),
  agendaBeforeHours: z.number().min(1).max(96).default(24),
  thankYouAfterHours: z.number().min(0).max(24).default(3),
  reportBackAfterDays: z.number().min(7).max(365).default(56),
  cadenceDays: z.number().min(7).max(180).default(30),
});

export const SettingsSchema = z.object({
  me: MeSchema.default(MeSchema.parse({})),
  tier: z.enum(['free', 'premium']).default('free'),
  /** IANA zone; empty means "the browser's zone". */
  timeZone: z.string().max(64).default(''),
  workingHours: WorkingHoursSchema.default(WorkingHoursSchema.parse({})),
  /** Personal notes a free account may add per month; sources say 3 to 5 (ARCHITECTURE.md §3). */
  monthlyNoteBudget: z.number().int().min(0).max(50).default(5),
  defaultMinutes: z.number().int().min(10).max(30).default(20),
  nudges: NudgeTimingsSchema.default(NudgeTimingsSchema.parse({})),
  notifications: z.boolean().default(true),
  quietHours: z
    .object({ enabled: z.boolean().default(false), start: z.number().int().min(0).max(23).default(21), end: z.number().int().min(0).max(23).default(8) })
    .default({ enabled: false, start: 21, end: 8 }),
  onboarded: z.boolean().default(false),
});

export type Me = z.infer<typeof MeSchema>;
export type Settings = z.infer<typeof SettingsSchema>;
export type NudgeTimings = z.infer<typeof NudgeTimingsSchema>;

export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});

/** Stored settings may be from an older version or hand-edited: keep what parses, default the rest. */
export function parseSettings(raw: unknown): Settings {
  const r = SettingsSchema.safeParse(raw ?? {});
  if (r.success) return r.data;
  const merged: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  if (raw && typeof raw === 'object') {
    for (const [k, v] of Object.entries(raw)) {
      const one = SettingsSchema.safeParse({ ...merged, [k]: v });
      if (one.success) merged[k] = v;
    }
  }
  return SettingsSchema.parse(merged);
}
