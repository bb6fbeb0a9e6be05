import type { Labelled } from './types';

/**
 * HOLD-OUT (the fifth): written after the fifth round of rules was committed, labelled by hand
 * against ARCHITECTURE.md §4 before it was ever scored, and not used to tune the coach. Its figures are
 * reported apart from the tuning set's. The first four hold-outs (tuning-round2…5.ts) joined the
 * tuning data once their misses were fixed; each file's header keeps its untouched score.
 */
export const HELD_OUT: Labelled[] = [
  // good messages, some that look like problems
  { note: 'n: good, dietitian', problems: [], body: `Hi Anna,\n\nI'm Olga, a hospital dietitian starting a small research project on malnutrition screening. Your paper on screening tools in elderly wards is the one my supervisor keeps citing.\n\nWould you have 20 minutes in the coming weeks for a video call? I'd like to ask how you trained the ward staff.\n\nMany thanks,\nOlga` },
  { note: 'n: good, "no ongoing commitment"', problems: [], body: `Hi Anna, I'm Paddy, a civil servant in digital policy. No ongoing commitment needed — just 15 minutes next week to ask about your post on service standards. Would that work?` },
  { note: 'n: good, their mentoring circle', problems: [], body: `Hello Anna, I'm Yvonne, a finance manager. I heard about the mentoring circle you run for women in treasury and loved your article about it. Could we have a 20-minute call in the coming weeks so I can ask how you started it?` },
  { note: 'n: good, "I mentor"', problems: [], body: `Hi Anna, I'm Kojo, a senior engineer who mentors students at a coding club. Your post on teaching debugging was brilliant. Would you be open to a 15-minute chat in the coming weeks?` },
  { note: 'n: good, bandwidth in an ML sense', problems: [], body: `Hi Anna, I'm Rita, an ML engineer. Your post on memory bandwidth limits for LLM inference on GPUs was great. Could we have a 20-minute call in the coming weeks?` },
  { note: 'n: good, not looking for a role', problems: [], body: `Hi Anna, I'm Stefan, a team lead at a bank. I'm happy in my role and not looking for a new one; I'm curious about your post on platform teams. Would you have 20 minutes next week?` },
  { note: 'n: good, Korean name, given name first', to: 'Ji-woo Park', problems: [], body: `Hi Ji-woo, I'm Daniel, a product designer in Seoul. Your talk on design systems at scale was great. Could we have a 15-minute chat in the coming weeks?` },
  { note: 'n: good, German umlaut', to: 'Jürgen Müller', problems: [], body: `Hallo Jürgen, I'm Petra, an automotive engineer. Your article on battery thermal management was very clear. Would you have 20 minutes in the coming weeks for a call?` },
  { note: 'n: good, Prof with family name', to: 'Amara Nwosu', problems: [], body: `Dear Professor Nwosu,\n\nI'm Chidera, a master's student in epidemiology. Your lecture on outbreak modelling was excellent.\n\nWould you be willing to spare 15 minutes in the coming weeks to discuss your data sources?\n\nRespectfully,\nChidera` },
  { note: 'n: good, thanks and short', problems: [], body: `Hi Anna, I'm Mel, a data analyst at a charity. Thanks for your post on impact metrics. Would you be open to a 20-minute chat in the coming weeks?` },
  { note: 'n: good, literal "ping" in networking', problems: [], body: `Hi Anna, I'm Rob, a network engineer. Your post on ping times across undersea cables was fascinating. Would you have 15 minutes in the coming weeks?` },
  { note: 'n: good, connection note', ctx: { channel: 'connection-note' }, problems: [], body: `Hi Anna, I'm Eka, a junior data engineer. Your post on Airflow was great. Could we have a 15-minute chat in the coming weeks?` },
  { note: 'n: good, email formal', ctx: { channel: 'email' }, problems: [], body: `Dear Anna,\n\nI'm Hyun, a materials scientist at a battery start-up. I read your review on solid-state electrolytes.\n\nWould you be available for a 20-minute call in the coming weeks?\n\nBest wishes,\nHyun` },

  // golden rule
  { note: 'n: golden, would you become my mentor', problems: ['golden-rule'], body: `Hi Anna, I'm Sade, a junior product designer. Your posts on critique changed how I work. Would you become my mentor? A 20-minute call in the coming weeks would be a wonderful start.` },
  { note: 'n: golden, informal mentor', problems: ['golden-rule'], body: `Hello Anna,\n\nI'm Farah, a new data engineer. I'd love it if you could be an informal mentor to me this year.\n\nWould you have 15 minutes in the coming weeks?\n\nFarah` },
  { note: 'n: golden, weekly 1:1s', problems: ['golden-rule'], body: `Hi Anna, I'm Ezra, a junior developer. Could we have weekly calls of 15 minutes where I bring you my questions? Your post on pairing was great.` },
  { note: 'n: golden, for the foreseeable future', problems: ['golden-rule'], body: `Hi Anna, I'm Nadia, a marketing graduate. Would you be open to guiding me for the foreseeable future as I build my career in brand strategy? I'd love to start with a 20-minute call.` },
  { note: 'n: golden, mentor me (form) in a note', ctx: { channel: 'connection-note' }, problems: ['golden-rule'], body: `Hi Anna, I'm Ali, a junior PM. Would you consider mentoring me? 15 min in the coming weeks to start?` },
  { note: 'n: golden, your protégé', problems: ['golden-rule'], body: `Hi Anna, I'm Lucia, an apprentice chef. Could I become your protégé in the kitchen? Your talk on zero-waste menus was inspiring. Would you have 20 minutes in the coming weeks?` },
  { note: 'n: golden, a mentor-mentee relationship', problems: ['golden-rule'], body: `Hi Anna, I'm Omar, a junior lawyer. I'd be grateful for a mentoring relationship with you as I find my way in tech law. Could we start with a 20-minute call next week?` },
  { note: 'n: golden, regular advice', problems: ['golden-rule'], body: `Hi Anna,\n\nI'm Dana, a new head of operations. Would you be open to giving me regular advice while I settle into the role? 20 minutes to start would be great.\n\nDana` },
  { note: 'n: golden, pick your brain once in a while', problems: ['golden-rule'], body: `Hi Anna, I'm Cole, a founder. Would you mind if I picked your brain for 15 minutes next week about your post on pricing?` },
  { note: 'n: golden, looking for mentorship', problems: ['golden-rule'], body: `Hi Anna, I'm Asha, a junior researcher. I'm looking for mentorship in science communication and your podcast is excellent. Would you have 20 minutes in the coming weeks?` },
  { note: 'n: golden + no bound', problems: ['golden-rule', 'no-time-bound'], body: `Hi Anna, I'm Jan, a junior analyst. Could you mentor me? I'd love to chat when you're free.` },

  // placeholders
  { note: 'n: [position]', problems: ['placeholder'], body: `Hi Anna, I'm Beth, a [position] at Finch. Your post on on-call was great. Would you have 20 minutes next week?` },
  { note: 'n: {{ name }} greeting', problems: ['placeholder', 'greeting-by-name'], body: `Dear {{ name }},\n\nI'm Ivan, a data scientist. Your article on forecasting was great.\n\nWould you have 20 minutes in the coming weeks?\n\nIvan` },
  { note: 'n: (CONFERENCE NAME) again', problems: ['placeholder'], body: `Hi Anna, I'm Mo, a UX researcher. Your talk at (CONFERENCE NAME) on surveys was great. Could we have a 15-minute call next week?` },
  { note: 'n: XXX for company', problems: ['placeholder'], body: `Hi Anna, I'm Jill, a product manager at XXX. Your post on OKRs was great. Would you be open to a 20-minute chat in the coming weeks?` },
  { note: 'n: undefined in note', ctx: { channel: 'connection-note' }, problems: ['placeholder'], body: `Hi Anna, I'm Ken, a undefined. Loved your post on caching. Open to a 15-min chat in the coming weeks?` },

  // greeting
  { note: 'n: Hi all', problems: ['greeting-by-name'], body: `Hi all, I'm Tess, a junior developer. Your post on testing was great. Would you have 15 minutes in the coming weeks for a call?` },
  { note: 'n: Dear Sir/Madam', to: null, problems: ['greeting-by-name'], body: `Dear Sir/Madam,\n\nI'm Raj, a chemical engineer. Your paper on catalysis was great.\n\nWould you have 20 minutes in the coming weeks for a call?\n\nRaj` },
  { note: 'n: greets the wrong first name', problems: ['greeting-by-name'], body: `Hi Hanna, I'm Sid, a data engineer. Your talk on Kafka was great. Would you have 20 minutes in the coming weeks?` },

  // no ask / no time bound
  { note: 'n: no ask, statement of interest', problems: ['no-ask'], body: `Hi Anna, I'm Cleo, a product designer. Your post on accessibility audits was great. I'd love to learn more about your approach one day.` },
  { note: 'n: no ask in note', ctx: { channel: 'connection-note' }, problems: ['no-ask'], body: `Hi Anna, I'm Tim, a data analyst. Really enjoyed your post on dashboards. Following your work with interest!` },
  { note: 'n: unbounded, a call soon', problems: ['no-time-bound'], body: `Hi Anna, I'm Leah, a junior PM. Your post on roadmaps was great. Could we have a call soon?` },
  { note: 'n: unbounded, happy to chat', problems: ['no-time-bound'], body: `Hi Anna,\n\nI'm Victor, an SRE. Your talk on chaos engineering was great.\n\nWould you be up for a chat in the coming weeks?\n\nVictor` },

  // who is writing
  { note: 'n: anonymous, message', problems: ['who-is-writing'], body: `Hi Anna,\n\nYour article on writing postmortems that people actually read was great.\n\nWould you have 20 minutes in the coming weeks for a virtual coffee chat? I'd like to ask how you keep them short.\n\nThank you for considering it.` },
  { note: 'n: anonymous, "I\'m wondering"', problems: ['who-is-writing'], body: `Hi Anna, I'm wondering how your team handled the migration to Kubernetes you posted about. Would you have 15 minutes next week for a call?` },
  { note: 'n: anonymous, note', ctx: { channel: 'connection-note' }, problems: ['who-is-writing'], body: `Hi Anna, great talk on observability! Would you be open to a 15-minute chat in the coming weeks? Thanks!` },
  { note: 'n: says who, "I run"', problems: [], body: `Hi Anna, I run a two-person design studio in Porto, and your post on pricing design work was great. Would you have 20 minutes next week?` },
  { note: 'n: says who, sign-off name + company', problems: [], body: `Hi Anna,\n\nYour post on warehouse robotics was great.\n\nWould you have 20 minutes in the coming weeks?\n\nBest,\nKarin Holm\nNordfrakt AB` },

  // over limit
  { note: 'n: note over 200', ctx: { channel: 'connection-note' }, problems: ['over-limit'], body: `Hi Anna, I'm Halima, a junior data scientist at a telecom in Casablanca. Your post on churn models with survival analysis was the clearest I've read. Would you have 15 minutes in the coming weeks?` },

  // favours
  { note: 'n: favour, referral', problems: [], suggests: ['early-favour'], body: `Hi Anna, I'm Felix, a backend engineer. Would you be open to referring me for the platform role at Fjord? I'd also love 15 minutes next week to ask about your post on Go.` },
  { note: 'n: favour, hiring manager intro', problems: [], suggests: ['early-favour'], body: `Hi Anna,\n\nI'm Amina, a data analyst. Could you introduce me to the hiring manager for the analytics role?\n\nWould you also have 20 minutes in the coming weeks for a call?\n\nAmina` },
  { note: 'n: favour, keep me in mind', problems: [], suggests: ['early-favour'], body: `Hi Anna, I'm Viktor, a DevOps engineer. If a DevOps position opens up at your company, would you keep me in mind? Your post on GitOps was great. Would you have 15 minutes next week?` },
  { note: 'n: favour, recommend me', problems: [], suggests: ['early-favour'], body: `Hi Anna, I'm Lou, a UX designer. I've applied to your design team — could you recommend me to the hiring lead? Would you have 20 minutes in the coming weeks?` },

  // idioms
  { note: 'n: idiom, pinging', problems: [], suggests: ['idiom'], ctx: { kind: 'check-in' }, body: `Hi Anna, I'm Tara, a junior analyst. Just pinging you again about my note on your post on dbt. Would you have 15 minutes in the coming weeks?` },
  { note: 'n: idiom, jump on a call', problems: [], suggests: ['idiom'], body: `Hi Anna, I'm Vik, a founder. Could we jump on a call for 20 minutes next week about your post on fundraising?` },
  { note: 'n: idiom, low-hanging fruit', problems: [], suggests: ['idiom'], body: `Hi Anna, I'm Ada, a product analyst. I'd love to ask what the low-hanging fruit was in your churn project. Would you have 20 minutes in the coming weeks?` },
  { note: 'n: idiom, circled back', problems: [], suggests: ['idiom'], body: `Hi Anna, I'm Ben, a data engineer. I circled back to your post on Iceberg three times this week. Would you have 15 minutes in the coming weeks for a call?` },

  // flattery
  { note: 'n: flattery, genius + legend', problems: [], suggests: ['flattery'], body: `Hi Anna, I'm Zed, a junior developer. You're a genius and a legend in the Rust community. Could we have a 15-minute call in the coming weeks?` },
  { note: 'n: flattery, insanely good', problems: [], suggests: ['flattery'], body: `Hi Anna, I'm Mia, a product designer. Your portfolio is insanely good. Would you have 20 minutes in the coming weeks?` },
  { note: 'n: flattery, incredibly + amazing', problems: [], suggests: ['flattery'], body: `Hi Anna,\n\nI'm Sol, a junior PM. Your talk was incredibly helpful and your Q&A answers were amazing.\n\nWould you be open to a 15-minute chat in the coming weeks?\n\nSol` },
];
