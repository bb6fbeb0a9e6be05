import { describe, expect, it } from 'vitest';
import { coach, type CoachContext } from '../../../lib/coach';

interface Case {
  name: string;
  body: string;
  subject?: string;
  ctx?: Partial<CoachContext>;
  /** Exactly these problem rules (empty: a good message). */
  problems: string[];
  /** At least these suggestions. */
  suggests?: string[];
  /** None of these suggestions. */
  not?: string[];
}

const ASK = 'Would you be open to a 20-minute virtual coffee chat in the coming weeks?';
const GOOD_NOTE = `Hi Anna, I read your post on blameless incident reviews and it stayed with me. ${ASK} Thank you!`;
const GOOD_MESSAGE = `Hi Anna,

I read your post "Three lessons from our first blameless incident review" and it changed how I run our retros. I'm a backend engineer at Finch, working towards leading a team.

I know you're busy, so I'd be grateful for 20 minutes of your time for a virtual coffee chat in the coming weeks. I'd like to ask you three questions:
- How did you get your team to trust the process?
- What would you do differently next time?
- Which reading helped you most?

I'm flexible and happy to work around your schedule. Thank you for considering it.

Best,
Ada`;
const GUIDE_EXAMPLE = `Dear Anna,

I was incredibly inspired by your recent keynote on sustainable supply chains at the Global Logistics Summit. I am a junior supply chain analyst at Finch and am currently focused on improving our sustainability metrics.

I know you are incredibly busy, but I would be grateful for the opportunity to ask you two or three specific questions about your journey. Would you be open to a brief 15-20 minute virtual coffee chat in the coming weeks?

I am flexible and happy to work around your schedule. Thank you for considering my request.`;
const filler = 'I have followed your work on distributed systems for a long time and learned a great deal from it. ';

const CASES: Case[] = [
  // good ones: zero problems
  { name: 'a short connection note', body: GOOD_NOTE, ctx: { channel: 'connection-note' }, problems: [], not: ['no-specific-hook', 'flattery', 'idiom'] },
  { name: 'a full message with three questions', body: GOOD_MESSAGE, problems: [], not: ['too-many-questions', 'wall-of-text', 'no-specific-hook'] },
  { name: 'an email with a subject', body: GOOD_MESSAGE, subject: 'Your post on blameless incident reviews', ctx: { channel: 'email' }, problems: [] },
  { name: 'an InMail at the limit', body: GOOD_MESSAGE + '\n'.padEnd(1900 - GOOD_MESSAGE.length, ' ').replace(/ /g, '') , ctx: { channel: 'inmail' }, problems: [] },
  { name: "the outreach guide's own example (flattery aside)", body: GUIDE_EXAMPLE, problems: [], suggests: ['flattery'], not: ['no-specific-hook'] },
  { name: 'a greeting without the accent', body: `Hola Joaquin, I read your article on boring technology. ${ASK}`, ctx: { firstName: 'Joaquín', channel: 'connection-note' }, problems: [] },
  { name: 'part of a two-part first name', body: `Hi Sri, I read your post on load tests. ${ASK}`, ctx: { firstName: 'Sri Kavitha', channel: 'connection-note' }, problems: [] },
  { name: 'no name known, no name needed', body: `Hello, I read your post on load tests. ${ASK}`, ctx: { firstName: null, channel: 'connection-note' }, problems: [] },
  { name: 'a duration written in words', body: 'Hi Anna, I read your post on hiring. Could we have a twenty-minute call in the coming weeks?', problems: [] },
  { name: 'an adverb inside the ask', body: "Hi Anna, I read your post on hiring. I'd really appreciate 20 minutes for a short virtual coffee chat in the coming weeks.", problems: [] },
  { name: 'a range of minutes', body: 'Hi Anna, I read your article on pricing. Would you be open to a 15 to 20 minute chat this month?', problems: [] },
  { name: '"null" that is really a word', body: `Hi Anna, your post on null pointer analysis stayed with me. ${ASK}`, problems: [] },
  { name: 'the guide check-in', body: "Hi Anna, hope you're doing well. Just wanted to check in. I know how busy things can get, so no pressure at all, but I'd love to connect when you have a moment.", ctx: { kind: 'check-in', channel: 'connection-note' }, problems: [] },
  { name: 'a thank-you (no ask needed)', body: "Hi Anna,\n\nThank you again for your time today. Your advice on blameless reviews was very helpful.\n\nIf you'd be open to it, I'd love to check in again in a couple of months.", ctx: { kind: 'thank-you', isFirstMessage: false }, problems: [] },
  { name: 'an agenda with three questions', body: "Hi Anna,\n\nHere are the questions I'd like to cover:\n- How do you plan?\n- How do you hire?\n- How do you say no?\n\nSee you then!", ctx: { kind: 'agenda', isFirstMessage: false }, problems: [], not: ['too-many-questions'] },
  { name: 'a graceful close', body: "Hi Anna,\n\nI feel I've grown so much thanks to your guidance over the past year. I've achieved the goals we set out, and I can't thank you enough.", ctx: { kind: 'close', isFirstMessage: false }, problems: [] },
  { name: 'a referral later in the relationship', body: `Hi Anna, could you refer me for the open roles on your team? ${ASK}`, ctx: { isFirstMessage: false }, problems: [], not: ['early-favour'] },

  // the golden rule, in its variants and cases
  { name: 'Hi, will you be my mentor?', body: 'Hi, will you be my mentor?', problems: ['golden-rule', 'greeting-by-name', 'no-ask'] },
  { name: 'will you be my mentor, by name', body: 'Hi Anna, will you be my mentor?', problems: ['golden-rule', 'no-ask'] },
  { name: 'WILL YOU BE MY MENTOR', body: `HI ANNA, WILL YOU BE MY MENTOR? ${ASK}`, problems: ['golden-rule'] },
  // one phrase, one hint: the golden rule covers "pick your brain", so no idiom hint on top
  { name: 'Can I pick your brain?', body: 'Hi Anna, can I pick your brain?', problems: ['golden-rule', 'no-ask'], not: ['idiom'] },
  { name: 'picking your brains', body: `Hi Anna, I'd love 20 minutes picking your brains over a virtual coffee chat.`, problems: ['golden-rule'], not: ['idiom'] },
  { name: 'mentor me', body: `Hi Anna, could you mentor me? ${ASK}`, problems: ['golden-rule'] },
  { name: 'be my guide', body: 'Hi Anna, would you be my guide for the next few years?', problems: ['golden-rule', 'no-ask'] },
  { name: 'looking for a mentor', body: `Hi Anna, I'm looking for a mentor and thought of you. ${ASK}`, problems: ['golden-rule'] },
  { name: 'be your mentee, with regular calls', body: `Hi Anna, I read your post on hiring. I would love to be your mentee and have regular calls with you. ${ASK}`, problems: ['golden-rule'] },
  { name: 'looking for mentorship and ongoing guidance', body: `Hi Anna, I read your post on hiring. I'm looking for mentorship and would love ongoing guidance. ${ASK}`, problems: ['golden-rule'] },
  { name: 'guide me through my career', body: `Hi Anna, I read your post on hiring. Could you guide me through my career? ${ASK}`, problems: ['golden-rule'] },
  { name: 'would you consider being a mentor', body: `Hi Anna, I read your post on hiring. Would you consider being a mentor to me? ${ASK}`, problems: ['golden-rule'] },
  { name: 'the writer hopes to mentor others one day (not a request)', body: `Hi Anna, I read your post on hiring. I hope to become a mentor for junior engineers myself one day. ${ASK}`, problems: [] },
  { name: 'the writer is a mentor already (not a request)', body: `Hi Anna, I read your post on hiring. I'm a mentor at a coding club for teenagers. ${ASK}`, problems: [] },
  // "find a mentor" is the golden rule only with the writer as its subject: asking how they found one is a fine question
  { name: 'how they found a mentor (a question about their path)', body: `Hi Anna, I read your post on hiring. ${ASK}\n- How did you find a mentor early in your career?\n- What helped you find mentorship as a junior?`, problems: [] },
  { name: "I'm trying to find a mentor", body: `Hi Anna, I read your post on hiring. I'm trying to find a mentor. ${ASK}`, problems: ['golden-rule'] },
  { name: 'I am looking for a mentor', body: `Hi Anna, I read your post on hiring. I am looking for a mentor. ${ASK}`, problems: ['golden-rule'] },
  { name: 'help me find a mentor', body: `Hi Anna, I read your post on hiring. Could you help me find a mentor? ${ASK}`, problems: ['golden-rule'] },
  { name: 'golden rule in the subject', body: GOOD_MESSAGE, subject: 'Would you be my mentor?', ctx: { channel: 'email' }, problems: ['golden-rule'] },

  // limits
  { name: 'a 900-character connection note', body: `Hi Anna, I read your post on consensus. ${ASK} ${filler.repeat(10)}`.slice(0, 900), ctx: { channel: 'connection-note' }, problems: ['over-limit'] },
  { name: 'a 250-character note on a free account', body: `Hi Anna, ${'I read your post on incident reviews and it stayed with me. '.repeat(2)}${ASK} Thank you!`, ctx: { channel: 'connection-note', tier: 'free' }, problems: ['over-limit'] },
  { name: 'the same note on Premium', body: `Hi Anna, ${'I read your post on incident reviews and it stayed with me. '.repeat(2)}${ASK} Thank you!`, ctx: { channel: 'connection-note', tier: 'premium' }, problems: [] },
  { name: 'an InMail over 1,900', body: `Hi Anna,\n\nI read your post on reviews. ${ASK}\n\n${'Thanks. '.repeat(240)}`, ctx: { channel: 'inmail' }, problems: ['over-limit'] },
  { name: 'an InMail subject over 200', body: GOOD_MESSAGE, subject: 'Your post '.repeat(25), ctx: { channel: 'inmail' }, problems: ['over-limit'] },

  // placeholders
  { name: '[Name] left in', body: `Hi [Name], I read your post on reviews. ${ASK}`, problems: ['placeholder', 'greeting-by-name'] },
  { name: '{{first_name}} left in', body: `Hi {{first_name}}, I read your post on reviews. ${ASK}`, problems: ['placeholder', 'greeting-by-name'] },
  { name: '<company> left in', body: `Hi Anna, I'm a backend engineer at <company>. I read your post on reviews. ${ASK}`, problems: ['placeholder'] },
  { name: '[Company Name] from the guide template', body: `Hi Anna, I admire your work at [Company Name] and read your post on reviews. ${ASK}`, problems: ['placeholder'] },
  { name: 'undefined leaked', body: `Hi undefined, I read your post on reviews. ${ASK}`, problems: ['placeholder', 'greeting-by-name'] },
  { name: 'null leaked', body: `Hi Anna, I'm a backend engineer at null. I read your post on reviews. ${ASK}`, problems: ['placeholder'] },

  // greeting, ask, time bound
  { name: 'no greeting at all', body: `I read your post on reviews. ${ASK}`, problems: ['greeting-by-name'] },
  { name: 'greeting the wrong person', body: `Hi Maria, I read your post on reviews. ${ASK}`, problems: ['greeting-by-name'] },
  { name: 'no ask', body: "Hi Anna, I read your post on incident reviews. I'm a backend engineer at Finch.", problems: ['no-ask'] },
  { name: 'an ask with no time bound', body: 'Hi Anna, I read your post on incident reviews. Would you be open to a quick chat sometime?', problems: ['no-time-bound'] },
  { name: 'would you have time, unbounded', body: 'Hi Anna, I read your article on hiring. Would you have time for a call?', problems: ['no-time-bound'] },

  { name: 'hoping we could talk, bounded', body: 'Hi Anna, I read your post on hiring. I was hoping we could talk for 15 minutes in the coming weeks.', problems: [] },
  { name: 'let me know if you have 15 minutes', body: 'Hi Anna, I read your post on hiring. Please let me know if you have 15 minutes for a short call.', problems: [] },
  { name: 'would love 15 minutes, no "I"', body: 'Hi Anna, I read your post on hiring. Would love 15 minutes of your time for a virtual coffee chat.', problems: [] },
  { name: 'the minutes in the sentence after the ask', body: 'Hi Anna, I read your post on hiring. Would you be open to a short chat? 20 minutes at most.', problems: [] },
  // asks built around the time or a polite frame are asks (they were flagged "no ask")
  { name: 'would 20 minutes work', body: 'Hi Anna, I read your post on hiring. Would 20 minutes next week work for you?', problems: [] },
  { name: 'would it be OK to ask', body: 'Hi Anna, I read your post on hiring. Would it be OK to ask you two quick questions over a 15-minute call?', problems: [] },
  { name: 'is there a time when we could chat', body: 'Hi Anna, I read your post on hiring. Is there a time next week when we could chat for 20 minutes?', problems: [] },
  { name: 'let me know if 20 minutes works', body: 'Hi Anna, I read your post on hiring. Please let me know if 20 minutes next week works.', problems: [] },
  { name: 'I wondered if you might have 15 minutes', body: 'Hi Anna, I read your post on hiring. I wondered if you might have 15 minutes for a chat', problems: [] },
  { name: 'would a call be possible', body: 'Hi Anna, I read your post on hiring. Would a 20-minute call next week be possible?', problems: [] },
  { name: 'do you think we could set up a call', body: 'Hi Anna, I read your post on hiring. Do you think we could set up a 15-minute call?', problems: [] },
  { name: 'a few questions, then the minutes', body: 'Hi Anna, I read your post on hiring. Could I ask you a few questions? 20 minutes would be plenty.', problems: [] },
  { name: 'a statement that we could talk is no ask', body: "Hi Anna, I read your post on hiring. I think we could talk about it sometime.", problems: ['no-ask'] },
  { name: 'hours apart is not a time bound', body: "Hi Anna, I read your post on hiring. We're 6 hours apart, but would you be open to a chat sometime?", problems: ['no-time-bound'] },
  { name: 'a duration far from the ask is not its bound', body: 'Hi Anna, I spent 20 minutes on your post on hiring. It helped. Would you be open to a chat sometime?', problems: ['no-time-bound'] },
  { name: 'Dr and the family name', body: `Dear Dr Karalis, I read your post on reviews. ${ASK}`, ctx: { firstName: 'Dimitrios', fullName: 'Dimitrios Karalis' }, problems: [] },
  { name: 'Mr. with a dot and the family name', body: `Dear Mr. Weerasekara, I read your post on reviews. ${ASK}`, ctx: { firstName: 'Chaminda', fullName: 'Chaminda Weerasekara' }, problems: [] },
  { name: 'Prof. and the wrong family name', body: `Dear Prof. Smith, I read your post on reviews. ${ASK}`, ctx: { firstName: 'Dimitrios', fullName: 'Dimitrios Karalis' }, problems: ['greeting-by-name'] },
  { name: 'the family name without an honorific', body: `Hi Karalis, I read your post on reviews. ${ASK}`, ctx: { firstName: 'Dimitrios', fullName: 'Dimitrios Karalis' }, problems: ['greeting-by-name'] },
  { name: 'a one-character given name', body: `Hello 伟, I read your post on reviews. ${ASK}`, ctx: { firstName: '伟', fullName: '陈伟' }, problems: [] },
  { name: 'a given name inside an unspaced greeting', body: `伟你好，I read your post on reviews. ${ASK}`, ctx: { firstName: '伟' }, problems: [] },

  // suggestions
  { name: 'only their title', body: `Hi Anna, I see you're VP Engineering at Fjord Labs. ${ASK} Thank you!`, ctx: { channel: 'connection-note' }, problems: [], suggests: ['no-specific-hook'] },
  { name: "I'm writing because of their title", body: `Hi Anna, I'm writing because you're VP Engineering at Fjord Labs. ${ASK}`, problems: [], suggests: ['no-specific-hook'] },
  { name: 'what they wrote is specific', body: `Hi Anna, I kept thinking about what you wrote on hiring juniors. ${ASK}`, problems: [], not: ['no-specific-hook'] },
  { name: 'hours spent elsewhere are not minutes asked', body: `Hi Anna, I spent 2 hours trying the checklist from your post. ${ASK}`, problems: [], not: ['too-many-minutes'] },
  { name: 'their headline, quoted', body: `Hi Anna, I came across your profile and your headline, "Growth Strategy, Consumer & Platform Businesses". ${ASK}`, ctx: { channel: 'connection-note' }, problems: [], suggests: ['no-specific-hook'] },
  { name: 'four questions', body: GOOD_MESSAGE.replace('- Which reading helped you most?', '- Which reading helped you most?\n- How do you hire?'), problems: [], suggests: ['too-many-questions'] },
  { name: 'four questions in prose', body: `Hi Anna, I read your post on hiring. ${ASK} How do you hire? How do you plan? How do you say no? How do you rest?`, problems: [], suggests: ['too-many-questions'] },
  { name: 'half an hour', body: 'Hi Anna, I read your post on hiring. Would you be open to half an hour in the coming weeks?', problems: [], suggests: ['too-many-minutes'] },
  { name: 'a 45-minute ask', body: 'Hi Anna, I read your post on hiring. Could we have a 45-minute call in the coming weeks?', problems: [], suggests: ['too-many-minutes'] },
  { name: 'an hour', body: 'Hi Anna, I read your post on hiring. Do you have an hour for a call?', problems: [], suggests: ['too-many-minutes'] },
  { name: 'touch base', body: `Hi Anna, I read your post on hiring and wanted to touch base. ${ASK}`, problems: [], suggests: ['idiom'] },
  { name: 'circle back and ping me', body: `Hi Anna, I read your post on hiring. ${ASK} Ping me and I'll circle back.`, problems: [], suggests: ['idiom'] },
  { name: 'asking for a job', body: `Hi Anna, I read your post on hiring. Are you hiring? ${ASK}`, problems: [], suggests: ['early-favour'] },
  { name: 'asking for a referral', body: `Hi Anna, I read your post on hiring. Could you refer me for a role? ${ASK}`, problems: [], suggests: ['early-favour'] },
  { name: 'asking for an introduction', body: `Hi Anna, I read your post on hiring. Could you introduce me to your CTO? ${ASK}`, problems: [], suggests: ['early-favour'] },
  { name: 'a huge fan', body: `Hi Anna, I'm a huge fan of your post on hiring. ${ASK}`, problems: [], suggests: ['flattery'] },
  { name: 'amazing, twice', body: `Hi Anna, your amazing post on hiring was amazing. ${ASK}`, problems: [], suggests: ['flattery'] },
  { name: 'amazing, once', body: `Hi Anna, your post on hiring was amazing. ${ASK}`, problems: [], not: ['flattery'] },
  { name: 'a wall of text', body: `Hi Anna,\n\nI read your post on hiring juniors last week. It was clear about what goes wrong. It was kind to the people involved. It changed my mind about our own process. I shared it with my team the next morning. ${ASK}`, problems: [], suggests: ['wall-of-text'] },
  // a greeting on the same line, a one-word sign-off and a short paragraph make no wall (ARCHITECTURE.md §4: "about 3 sentences")
  { name: 'a short message on one line', body: 'Hi Anna! I loved your post on hiring. Would you have 20 minutes for a chat next week? Thanks!', problems: [], not: ['wall-of-text'] },
  { name: 'a short message with a sign-off', body: 'Hello Anna. I read your post on hiring, and it helped my team. Would 20 minutes next week work for you? Thank you!\nAda', problems: [], not: ['wall-of-text'] },
  { name: 'four short sentences, under 200 characters', body: `Hi Anna,\n\nI read your post. It helped. I'm Ada. ${ASK}`, problems: [], not: ['wall-of-text'] },
  { name: 'the same wall in a note', body: `Hi Anna, I read your post on hiring. It was clear. It was kind. It changed my mind. ${ASK}`, ctx: { channel: 'connection-note' }, problems: [], not: ['wall-of-text'] },

  // follow-ups relax the ask's rules
  { name: 'a check-in without minutes', body: "Hi Anna, I know how busy things get, so no pressure at all. I'd love to connect when you have a moment.", ctx: { kind: 'check-in' }, problems: [] },
  { name: 'the same text as a first ask', body: "Hi Anna, I know how busy things get, so no pressure at all. I'd love to connect when you have a moment.", ctx: { kind: 'ask' }, problems: ['no-time-bound'], suggests: ['no-specific-hook'] },
  { name: 'a cadence update asking for 45 minutes', body: 'Hi Anna,\n\nProgress: I shipped the report. Could we take 45 minutes next time?', ctx: { kind: 'cadence', isFirstMessage: false }, problems: [], not: ['too-many-minutes'] },
  { name: 'the golden rule still applies in a follow-up', body: 'Hi Anna,\n\nThank you for today. Will you be my mentor?', ctx: { kind: 'thank-you', isFirstMessage: false }, problems: ['golden-rule'] },
];

describe('coach: a table of messages, good and bad (ARCHITECTURE.md §4)', () => {
  it('has at least forty cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
    expect(CASES.find((c) => c.name.includes('900'))?.body.length).toBe(900);
  });
  it.each(CASES)('$name', (c) => {
    const hints = coach({ body: c.body, ...(c.subject !== undefined ? { subject: c.subject } : {}) }, { channel: 'message', firstName: 'Anna', ...c.ctx });
    // Most of these short cases never say who is writing; that rule has its own cases (and the
    // labelled set), so it counts here only where a case names it.
    const problems = [...new Set(hints.filter((h) => h.severity === 'problem' && (h.rule !== 'who-is-writing' || c.problems.includes(h.rule))).map((h) => h.rule))].sort();
    const suggestions = hints.filter((h) => h.severity === 'suggestion').map((h) => h.rule);
    expect(problems, JSON.stringify(hints, null, 1)).toEqual([...c.problems].sort());
    for (const s of c.suggests ?? []) expect(suggestions, JSON.stringify(hints, null, 1)).toContain(s);
    for (const s of c.not ?? []) expect(suggestions).not.toContain(s);
    for (const h of hints) {
      expect(h.message.length).toBeGreaterThan(20);
      if (h.span) {
        expect(h.span.start).toBeGreaterThanOrEqual(0);
        expect(h.span.end).toBeGreaterThan(h.span.start);
        expect(h.span.end).toBeLessThanOrEqual(c.body.length);
      }
    }
  });
});
