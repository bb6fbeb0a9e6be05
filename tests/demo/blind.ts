/**
 * 40 drafts for a blind reviewer: every readable fixture × four senders (one with no profile), the channel
 * varied, as Markdown with nothing about how they were made, and under each person what their page says (the
 * lines a draft may quote), so a reviewer can check every quote.   npx tsx tests/demo/blind.ts > drafts.md
 * With `unseen`, the senders the composer was never tuned on (senders.ts UNSEEN_SENDERS); with `notes`, every draft is a
 * free connection note (the channel most people use, and the tightest). With `--people FILE`, the people and senders in a
 * JSON file ({ profiles: Profile[], senders: Sender[] }, checked by the schemas) instead: pages nobody tuned on either.
 * With `every`, every sender on every channel.
 */
import { composeAsk } from '../../lib/compose';
import { quotableSentences, sentences } from '../../lib/compose/clauses';
import { readFileSync } from 'node:fs';
import { ProfileSchema, type Profile } from '../../lib/linkedin/schema';
import { MeSchema } from '../../lib/settings/schema';
import type { Channel } from '../../lib/tracker/schema';
import { readFixtures, SENDERS as TUNED, UNSEEN_SENDERS, type ReadFixture, type Sender } from '../unit/compose/senders';

const NOW = Date.UTC(2026, 2, 10, 9, 14);
const file = process.argv[process.argv.indexOf('--people') + 1];
const given = process.argv.includes('--people') && file ? (JSON.parse(readFileSync(file, 'utf8')) as { profiles: unknown[]; senders: (Omit<Sender, 'me'> & { me: unknown })[] }) : null;
const SENDERS: Sender[] = given ? given.senders.map((x) => ({ ...x, me: MeSchema.parse(x.me) })) : process.argv.includes('unseen') ? UNSEEN_SENDERS : TUNED;
const CH: Channel[] = process.argv.includes('notes') ? ['connection-note'] : ['message', 'inmail', 'email', 'connection-note'];
// A page that could not be read (not-found-2024) gets a starting point with [brackets], not a draft: left out.
const all: ReadFixture[] = given ? given.profiles.map((x) => ProfileSchema.parse(x)).map((profile) => ({ name: profile.slug, profile })) : readFixtures();
const fixtures = all.filter((f) => f.profile.fullName);
const out = ['# Coffee Chat drafts on the shared fixtures', '', `${fixtures.length} people × ${SENDERS.length > 5 ? SENDERS.length - 1 : 4} senders each, ${CH.length > 1 ? 'channels varied' : 'connection notes only'} (free account).`, ''];
for (const s of SENDERS) out.push(`- **${s.id}**: ${s.about} (the browser's time zone: ${s.myTimeZone})`);
out.push('');
/** What the reader found on the page: name, headline, roles, and every About and post/article sentence a draft may quote. */
function pageOf(p: Profile): string[] {
  const out = [`- **Name:** ${p.fullName ?? '(none: the page could not be read)'}`, `- **Headline:** ${p.headline ?? '(none)'}`, `- **Location:** ${p.location ?? '(none)'}`, ...(p.current?.company || p.current?.title ? [`- **Current (top card):** ${[p.current.title, p.current.company].filter(Boolean).join(' · ')}`] : [])];
  // With what each role's description says, so a reviewer can check a quote taken from it.
  const roles = p.experience.slice(0, 6).map((e) => `${e.title} · ${e.company} · ${e.dates ?? ''}${e.description ? ` ("${e.description}")` : ''}`);
  if (roles.length) out.push(`- **Experience (first ${roles.length}):** ${roles.join('; ')}`);
  if (p.education.length) out.push(`- **Education:** ${p.education.map((e) => e.school).join('; ')}`);
  const about = quotableSentences(p.about ?? '');
  out.push(`- **About** (${about.length} sentences that can be quoted):${about.length ? '' : ' (none)'}`);
  for (const s of about) out.push(`  - About: "${s}"`);
  // The rest of what the page says, so a reviewer can check a draft that names a long sentence ("your offer to cadets").
  const rest = sentences(p.about ?? '').filter((s) => !about.includes(s));
  if (rest.length) out.push(`- **The rest of About** (sentences too long or not whole enough to quote): ${rest.map((s) => `"${s}"`).join(' ')}`);
  const acts = p.activity.filter((a) => a.kind === 'post' || a.kind === 'article');
  out.push(`- **Their own posts and articles** (reposts are not theirs and are never quoted):${acts.length ? '' : ' (none)'}`);
  acts.forEach((a, k) => {
    const title = a.text.split('\n')[0]?.trim() ?? '';
    const lines = quotableSentences(a.text);
    out.push(`  - ${a.kind} ${k + 1}: ${lines.length ? lines.map((x) => `"${x}"`).join(' ') : `"${title}"`}${lines.length && title && !lines.includes(title) && title.length <= 90 ? ` (first line: "${title}")` : ''}`);
    // A post of lines that are no sentences (a job ad's bullets), as it reads, so a reviewer can check what a draft names from it.
    if (lines.length < 3) out.push(`    (the whole post: "${a.text.replace(/\s+/g, ' ').slice(0, 400)}")`);
    else {
      const more = sentences(a.text).filter((s) => !lines.includes(s) && s !== title);
      if (more.length) out.push(`    (the rest of it: ${more.map((s) => `"${s}"`).join(' ')})`);
    }
  });
  if (p.featured.length) out.push(`- **Featured:** ${p.featured.map((x) => x.title).join('; ')}`);
  return out;
}

all.forEach((f, i) => {
  // Each page keeps its senders and channels whether or not another page is left out.
  if (!fixtures.includes(f)) return;
  out.push('', `## ${f.name}: what the page says`, '', ...pageOf(f.profile));
  // Four of the five senders per person, the no-profile one always; every sender and channel appears often.
  // With `every`, every sender on every channel (for a paired review of the drafts a change touches).
  const every = process.argv.includes('every');
  const senders = every ? SENDERS : SENDERS.filter((s, k) => s.id.startsWith('no-profile') || k !== i % 4);
  senders.flatMap((s, k) => (every ? CH : [CH[(i + k) % CH.length]!]).map((channel) => ({ s, channel }))).forEach(({ s, channel }) => {
    const d = composeAsk({ profile: f.profile, me: s.me, channel, now: NOW, myTimeZone: s.myTimeZone });
    out.push('', `### ${f.name} · sender: ${s.id} · ${channel}`, '');
    // What the popup shows above the draft when little on the page bears on the sender's goal.
    if (d.fit.level === 'poor' && d.fit.note && !d.blanks.length) out.push(`*The popup says above this draft: "${d.fit.note}"*`, '');
    if (d.subject) out.push(`**Subject:** ${d.subject}`, '');
    out.push(d.body.split('\n').map((l) => `> ${l}`).join('\n'), '', `*${d.length} characters (limit ${d.limit})*`);
  });
});
console.log(out.join('\n'));
