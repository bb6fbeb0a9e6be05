import { greeting, proseSentences } from '../text';
import type { Rule } from '../types';

/**
 * Evidence of a specific opening: something they did (a post, article, talk, project, featured item,
 * a role change) or real shared ground, or their words in quotes. A title or company alone is the
 * weakest opening (ARCHITECTURE.md §2). Writing counts only when it is theirs ("what you wrote"), not the
 * writer's own "I'm writing because you're VP Engineering…".
 */
const EVIDENCE = new RegExp(
  [
    String.raw`\bpost(?:ed|s)?\b`, String.raw`\barticles?\b`, String.raw`\byou(?:['’]ve)?\s+(?:\w+\s+)?wr(?:ote|itten)\b`, String.raw`\bwritten by you\b`, String.raw`\byour writing\b`, String.raw`\bpiece\b`,
    String.raw`\b(?:talk|keynote|podcast|interview|panel|webinar|presentation|lecture|episode|video|newsletter|paper|book|thesis|research|study|report)s?\b`,
    String.raw`\bprojects?\b`, String.raw`\blaunch(?:ed)?\b`, String.raw`\bfeatur(?:e|ed)\b`, String.raw`\bnew (?:role|position|job)\b`,
    String.raw`\bstarted as\b`, String.raw`\bcongratulations\b`, String.raw`\bjoined\b`, String.raw`\b(?:your )?move (?:to|from|into)\b`,
    String.raw`\bpromot(?:ed|ion)\b`, String.raw`\bstudied\b`, String.raw`\balumn(?:i|us|a|ae)?\b`, String.raw`\bgraduate\b`,
    String.raw`\bboth\b`, String.raw`\bcolleagues?\b`, String.raw`\bin common\b`, String.raw`\bbased in\b`, String.raw`\babout section\b`,
    String.raw`\bdescribe your work\b`, String.raw`["“][^"”]{12,}["”]`, String.raw`\bshar(?:e|ed)\b`, String.raw`\bsaw you\b`, String.raw`\btoo\b`, String.raw`\bas well\b`, String.raw`\bsame (?:school|city|company|team)\b`,
  ].join('|'),
  'i',
);

const HEADLINE = /\bheadline\b|describe yourself as|sums up your work as|your profile \(/i;

export const specificHook: Rule = {
  id: 'no-specific-hook',
  severity: 'suggestion',
  applies: (ctx) => ctx.kind === 'ask' && ctx.isFirstMessage,
  check: (draft) => {
    const g = greeting(draft.body);
    const opening = proseSentences(draft.body).filter((s) => s.end > g.end).slice(0, 2);
    const rest = draft.body.slice(g.end, g.end + 40);
    // Their headline in quotes is still only their title (ARCHITECTURE.md §2: the weakest opening).
    const unquoteHeadline = (t: string) => (HEADLINE.test(t) ? t.replace(/["“][^"”]*["”]/g, '') : t);
    if (opening.some((s) => EVIDENCE.test(unquoteHeadline(s.text))) || EVIDENCE.test(unquoteHeadline(rest))) return [];
    const first = opening[0];
    return [{
      rule: 'no-specific-hook', severity: 'suggestion',
      message: 'The opening has nothing specific about them. Mention something they did, such as a post, an article, a talk, a project or a role change; a compliment on their title is the weakest opening.',
      ...(first ? { span: { start: first.start, end: first.end } } : {}),
    }];
  },
};
