import type { z } from '../zod';

const LABELS: Record<string, string> = { id: 'id (the profile URL)', personId: 'personId (the profile URL)' };

function pathText(path: readonly PropertyKey[]): string {
  let out = '';
  for (const seg of path) out += typeof seg === 'number' ? `[${seg}]` : `${out ? '.' : ''}${String(seg)}`;
  return LABELS[out] ?? (out || 'the record');
}

const isTimeField = (path: readonly PropertyKey[]) => {
  const last = path.at(-1);
  return typeof last === 'string' && (last === 'at' || /At$/.test(last));
};

/** One zod issue as a short phrase: "sentAt is not a date", "stage is not one of drafted, …". */
export function describeIssue(issue: z.core.$ZodIssue): string {
  const where = pathText(issue.path);
  if (issue.code === 'invalid_type' && issue.input === undefined) return `${where} is missing`;
  if (isTimeField(issue.path)) return issue.code === 'too_big' || issue.code === 'too_small' ? `${where} is not a date between 2000 and 2100` : `${where} is not a date`;
  if (issue.code === 'invalid_value') return `${where} is not one of ${issue.values.slice(0, 8).map(String).join(', ')}`;
  if (issue.code === 'invalid_type') return `${where} should be ${issue.expected === 'array' ? 'a list' : /^[aeiou]/.test(issue.expected) ? `an ${issue.expected}` : `a ${issue.expected}`}`;
  if (issue.code === 'too_big') return `${where} is too long`;
  if (issue.code === 'unrecognized_keys') return `${where} has unknown fields`;
  return `${where}: ${issue.message.toLowerCase()}`;
}

/** The first few issues of a failed parse, each prefixed (e.g. "person 12: "); a bad id comes first. */
export function describeIssues(error: z.ZodError, prefix = '', max = 5): string[] {
  const rank = (i: z.core.$ZodIssue) => (i.path[0] === 'id' || i.path[0] === 'personId' ? 0 : 1);
  return [...error.issues].sort((a, b) => rank(a) - rank(b)).slice(0, max).map((i) => `${prefix}${describeIssue(i)}`);
}
