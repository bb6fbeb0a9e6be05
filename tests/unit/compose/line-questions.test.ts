/**
 * Questions on one line of theirs (line-questions.ts; issue 10, round 9): each in the line's own shape, short,
 * in the second person, and taking its words from the line. Checked on a table of shapes and on every line of
 * every shared fixture.
 */
import { describe, expect, it } from 'vitest';
import { quotableSentences } from '../../../lib/compose/clauses';
import { achieved, lineQuestion, taughtBy } from '../../../lib/compose/line-questions';
import { pointBack } from '../../../lib/compose/questions';
import { terms } from '../../../lib/compose/meaning';
import { textLength } from '../../../lib/compose/limits';
import { readFixtures } from './senders';

describe('lineQuestion', () => {
  it.each([
    // What made a result happen.
    ['Idempotent handlers made retries boring, which is exactly what we wanted.', /^How did idempotent handlers make retries boring\?$/],
    ['Caching solved the first bottleneck; a better query plan solved the second one.', /^How did caching solve the first bottleneck\?$/],
    ['Latency budgets helped us decide which calls could stay synchronous.', /^How did latency budgets help you decide which calls could stay synchronous\?$/],
    // How a practice of theirs came about, lead-in dropped.
    ['Once again, our load tests now run on every release, so regressions show up before customers notice them.', /^How did you get your load tests to run on every release\?$/],
    // What is hard in their daily work, cut before its "when" clause.
    ['Most of my week goes into designing services that stay fast when traffic triples overnight.', /^What is the hardest part of designing services that stay fast\?$/],
    // How they meet the condition a view names.
    ['Dashboards are only useful when the definitions behind every metric are written down.', /^How do you make sure the definitions behind every metric are written down\?$/],
    ['Partnerships work best when both sides agree early on what success looks like.', /^How do you make sure both sides agree early on what success looks like\?$/],
    // How they keep what the best of something had in common; never a "best" that names who or what by an article.
    ['The best growth experiments were small, cheap and easy to reverse.', /^How do you keep growth experiments small, cheap and easy to reverse\?$/],
    ['Our best launches were the ones customers asked for.', /^$/],
    // What convinced them of a view, without its "not …" tail.
    ['Documentation is part of the feature, not an afterthought.', /^What convinced you that documentation is part of the feature\?$/],
    ['Small pull requests ship faster and break less.', /^What convinced you that small pull requests ship faster\?$/],
  ])('%s', (line, want) => {
    expect(lineQuestion(line)).toMatch(want);
  });

  it.each([
    'Python Threads: Myth or Reality?', // a title that asks its own question
    'Planning the work vs DOING the work', // a title, not a sentence
    'Growth takes patience.', // too short to say back
    'I enjoy pairing with analysts to turn one-off queries into maintained datasets.', // askAbout's and the guide question's
    'We built a simple weekly report that leadership actually read.', // the same
    'Clear interfaces between teams matter more than the choice of framework.', // the question would run long
  ])('has no question for %s', (line) => {
    expect(lineQuestion(line)).toBe('');
  });

  it.each([
    // A CV line in the past: what made that result, the verb as they wrote it (no base form guessed).
    ['Redesigned new-graduate nurse onboarding from 14 hours of e-learning to 5 hours plus ward-based practice tasks.', false, /^What made the biggest difference when you redesigned new-graduate nurse onboarding\?$/],
    ['Secured MXN 6.5M in foundation sponsorship.', false, /^What made the biggest difference when you secured MXN 6\.5M in foundation sponsorship\?$/],
    // Too long to read at a glance: its first phrase.
    ['Secured MXN 6.5M in foundation and corporate sponsorship for the exhibition programme.', false, /^What made the biggest difference when you secured MXN 6\.5M\?$/],
    // After an opening that said the whole line: pointed back to, never said twice.
    ['Secured MXN 6.5M in foundation and corporate sponsorship for the exhibition programme.', true, /^What made the biggest difference when you secured that sponsorship\?$/],
    ['Managed a 28-bed acute medical ward with 46 staff.', true, /^What made the biggest difference when you managed that ward\?$/],
    ['Drafted grant applications to federal culture funds and international foundations.', true, /^What made the biggest difference when you drafted those applications\?$/],
    // Not a CV line: a state, a subject of its own, or an object too short to ask about.
    ['Based in Lisbon.', false, /^$/],
    ['I redesigned the onboarding.', false, /^$/],
    ['Launched Kotlin.', false, /^$/],
  ])('achieved: %s (brief %s)', (line, brief, want) => {
    expect(achieved(line, brief)).toMatch(want);
  });

  it('on every line of every fixture: short, in the second person, and in words the line says', () => {
    const lines = readFixtures().flatMap((f) => [f.profile.about ?? '', ...f.profile.activity.map((a) => a.text)].flatMap((t) => quotableSentences(t)));
    expect(lines.length).toBeGreaterThan(100);
    let asked = 0;
    for (const line of lines) {
      const q = lineQuestion(line);
      if (!q) continue;
      asked++;
      expect(q, line).toMatch(/^(?:How did|How do you make sure|How do you keep|What is the hardest part of|What convinced you that) .+\?$/);
      expect(textLength(q), q).toBeLessThanOrEqual(90);
      expect(q, q).not.toMatch(/\b(?:I|me|my|we|us|our)\b/);
      const frame = terms('how did you get your to what is the hardest part of convinced that do make sure').stems;
      const said = terms(line).stems;
      for (const w of terms(q).stems) if (!frame.has(w)) expect(said.has(w) || /^(?:make|solv|help|let|turn|cut|keep|save|fix|halv|run)/.test(w), `${w} in "${q}"`).toBe(true);
    }
    expect(asked).toBeGreaterThan(10);
  });
});

describe('taughtBy', () => {
  it.each([
    // Named by what they did, in the tense of the line, with the goal as an -ing phrase.
    ['Drafted grant applications to federal culture funds and international foundations.', 'writing proposals that win public tenders', 'What did drafting grant applications teach you about writing proposals that win public tenders?'],
    ['Manage 4 writers and a freelance translation pool.', 'becoming a better people manager', 'What has managing 4 writers taught you about becoming a better people manager?'],
    ['Designed and analysed 30+ pricing A/B tests.', 'pricing a B2B product', 'What did designing 30+ pricing A/B tests teach you about pricing a B2B product?'],
    ['Secured MXN 6.5M in foundation and corporate sponsorship for the exhibition programme.', 'how museums fund exhibitions', 'What did securing MXN 6.5M in sponsorship teach you about how museums fund exhibitions?'],
    ['Led the preceptorship programme for newly qualified nurses.', 'building onboarding', 'What did leading the preceptorship programme teach you about building onboarding?'],
    // No CV verb, a state, or an object of one word: nothing to name.
    ['Passionate about clean code.', 'writing tests', ''],
    ['Based in Lisbon and Porto.', 'writing tests', ''],
    ['Managed budgets.', 'writing tests', ''],
  ])('taughtBy(%j, %j) → %j', (line, about, want) => {
    expect(taughtBy(line, about)).toBe(want);
  });
});

describe('pointBack', () => {
  it.each([
    ['How did you build a simple weekly report that leadership actually read?', 'How did you build that weekly report?'],
    ['How did you test three pricing models?', ''],
    ['How did you replace a nightly batch job with an event stream?', 'How did you replace that batch job?'],
    ['How do you mentor the junior engineers on testing strategy?', 'How do you mentor those junior engineers?'],
    // No article: a plural with its relative clause points back; one with a topic after it keeps the topic (asked whole).
    ['How do you build data products that help teams make decisions?', 'How do you build those data products?'],
    ['How do you mentor junior engineers on testing strategy?', ''],
    // A line on turning one thing into another keeps both ends, in a word each.
    ['How do you turn vague product ideas into small, well-tested components?', 'How do you turn those product ideas into components?'],
    ['How do you translate creative ideas into plans?', 'How do you translate those creative ideas into plans?'],
  ])('%s → %s', (q, want) => {
    expect(pointBack(q)).toBe(want);
  });
});
