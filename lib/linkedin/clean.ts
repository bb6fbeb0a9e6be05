// Turning page text into inert, plain, bounded strings.

/**
 * Characters that change how text *looks* without being text: bidi overrides/isolates (an
 * RLO can make "gpj.exe" read as "exe.jpg"), zero-width space, word joiner, BOM, soft hyphen.
 * ZWJ/ZWNJ are handled separately: emoji (🧑🏼‍💻 in public-2023-a's headline) and some scripts need them.
 */
const INVISIBLE = /[\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u00AD\u180E]/g;
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
/** ZWJ survives only between emoji parts; ZWNJ only between letters (Persian, Indic). */
const STRAY_ZWJ = /\u200D(?![\p{Extended_Pictographic}\u2640\u2642\u2695\u2696\u2708\u2764])|(?<![\p{Extended_Pictographic}\u{1F3FB}-\u{1F3FF}\uFE0F])\u200D/gu;
const STRAY_ZWNJ = /(?<![\p{L}\p{M}])\u200C|\u200C(?![\p{L}\p{M}])/gu;
/** Private-use glyphs only draw in the author's font (ember-2024-d's About uses U+F0D8 bullets). */
const PRIVATE_USE = /[\uE000-\uF8FF]/g;

/** Strip invisible and control characters; keep line breaks and tabs for the caller to fold. */
export function stripInvisible(s: string): string {
  return s
    .replace(INVISIBLE, '')
    .replace(CONTROL, '')
    .replace(STRAY_ZWJ, '')
    .replace(STRAY_ZWNJ, '')
    .replace(PRIVATE_USE, '•');
}

/** One line: every run of whitespace becomes one space (the MANIFEST's "normalised text"). */
export function oneLine(s: string): string {
  return stripInvisible(s).replace(/\s+/g, ' ').trim();
}

/** Paragraph text (About, posts): spaces folded per line, at most one blank line in a row. */
export function paragraphs(s: string): string {
  return stripInvisible(s)
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Cut to max UTF-16 units (zod's .max counts those) without splitting a surrogate pair. */
export function cap(s: string, max: number): string {
  if (s.length <= max) return s;
  let end = max - 1;
  const code = s.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return `${s.slice(0, end).trimEnd()}…`;
}

/** Text, or null when cleaning left nothing. */
export function orNull(s: string | null | undefined, max: number): string | null {
  if (!s) return null;
  const t = cap(s, max);
  return t === '' ? null : t;
}

/** Separators LinkedIn prints between parts of one line ("Solvik Potential · Full-time"). */
export const DOT = /\s+[·•]\s+/;

/** The part of a line before its first " · " (drops employment type, durations, work mode). */
export function beforeDot(s: string): string {
  return s.split(DOT)[0]?.trim() ?? '';
}

/** Lines that are only punctuation LinkedIn uses as separators ("·", "•", "-"). */
export function isSeparator(s: string): boolean {
  return /^[\s·•|–—-]*$/.test(s);
}

/** Ongoing roles end in a word ("Present", "Heute", "o momento", "aujourd’hui") rather than a year. */
export const isOngoing = (dates: string | null | undefined): boolean =>
  !!dates && /[-–—]/.test(dates) && !/(?:19|20)\d{2}\s*$/.test(dates);
