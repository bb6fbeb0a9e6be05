import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STAGES } from '../../lib/tracker/schema';
import { projectRoot } from '../fixtures-dir';

// WCAG AA: 4.5:1 for text, in the light and the dark scheme of components/theme.css.
const css = readFileSync(join(projectRoot, 'components/theme.css'), 'utf8');
function scheme(block: string): Record<string, string> {
  return Object.fromEntries([...block.matchAll(/--([a-z-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!]));
}
const light = scheme(css.slice(0, css.indexOf('@media')));
const dark = { ...light, ...scheme(css.slice(css.indexOf('@media'))) };

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const PAIRS: [string, string][] = [
  ['text', 'bg'], ['text', 'surface'], ['muted', 'bg'], ['muted', 'surface'], ['accent', 'bg'], ['accent', 'surface'],
  ['accent-text', 'accent'], ['problem', 'problem-bg'], ['suggestion', 'suggestion-bg'], ['problem', 'bg'],
  // Stage badges: each stage's colour on its own background.
  ...STAGES.map((s): [string, string] => [`stage-${s}`, `stage-${s}-bg`]),
];

describe.each([['light', light], ['dark', dark]] as const)('%s scheme', (_name, colours) => {
  it.each(PAIRS)('%s on %s is at least 4.5:1', (fg, bg) => {
    expect(colours[fg], fg).toBeDefined();
    expect(contrast(colours[fg]!, colours[bg]!)).toBeGreaterThanOrEqual(4.5);
  });
});

it('every stage has a badge colour in both schemes, and the stages differ', () => {
  for (const s of STAGES) expect(css).toContain(`.badge.stage-${s} {`);
  expect(new Set(STAGES.map((s) => light[`stage-${s}-bg`])).size).toBe(STAGES.length);
  expect(new Set(STAGES.map((s) => dark[`stage-${s}-bg`])).size).toBe(STAGES.length);
});
