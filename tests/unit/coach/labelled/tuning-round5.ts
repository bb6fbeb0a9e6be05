import type { Labelled } from './types';

/**
 * The FOURTH hold-out, written after the fourth round of rules (commit "a fourth hold-out"). Scored
 * once, untouched, it gave problems precision 91.7% and recall 100% (33 tp, 3 fp, 0 fn),
 * suggestions recall 100% (11 of 11). All three misses were asks the coach did not read as asks
 * ("A 15-min call in the coming weeks to start?", "…and would love a 20-minute chat"). Fixed (a
 * sentence naming a bounded conversation is the ask), so it joined the tuning data;
 * heldout-after-tuning.ts is the fifth, fresh hold-out.
 */
export const TUNING_ROUND_5: Labelled[] = [
  // good messages, some that look like problems
  { note: 'm: good, physio to health tech', problems: [], body: `Hi Anna,\n\nI'm Bernadette, a physiotherapist who has just started a part-time course in health informatics. Your article on why clinicians stop using dashboards after a month described our ward exactly.\n\nWould you be open to a 20-minute call in the coming weeks? I'd like to ask how you got the nurses involved early.\n\nWarm regards,\nBernadette` },
  { note: 'm: good, "not after a mentor"', problems: [], body: `Hi Anna, I'm Leon, a senior developer. I'm not after a mentor — I have a very specific question about the event-sourcing migration you described in your talk. Could you spare 15 minutes next week?` },
  { note: 'm: good, their coaching practice', problems: [], body: `Hi Anna, I'm Tilde, an HR generalist. I saw that you coach first-time managers as part of your consultancy, and your post on feedback scripts was useful. Would you have 20 minutes in the coming weeks for two questions about the scripts?` },
  { note: 'm: good, "long-term" as their project', problems: [], body: `Hi Anna, I'm Marcus, a climate analyst. Your long-term study of urban heat islands in Lagos was fascinating. Would you be open to a 20-minute call in the coming weeks?` },
  { note: 'm: good, thanks in advance', problems: [], body: `Hello Anna,\n\nI'm Zainab, a backend engineer at a health start-up. Your post on HIPAA-friendly logging helped us pass an audit.\n\nWould you have 15 minutes in the coming weeks for a quick call? I have two questions about log retention.\n\nThanks in advance,\nZainab` },
  { note: 'm: good, greeting with nickname-free full first name', to: 'Bartholomew King', problems: [], body: `Hi Bartholomew, I'm Ruth, a product manager. Your talk on pricing localisation was great. Would you be open to a 20-minute chat in the coming weeks?` },
  { note: 'm: good, Spanish greeting', to: 'Mercedes Álvarez', problems: [], body: `Hola Mercedes, I'm Iker, a data engineer in Bilbao. Your article on CDC pipelines was very clear. Would you have 20 minutes in the coming weeks for a call?` },
  { note: 'm: good, honorific Mrs', to: 'Grace Adeyemi', problems: [], body: `Dear Mrs Adeyemi,\n\nI'm Tunde, a final-year pharmacy student. Your talk on medicine shortages in community pharmacies was excellent.\n\nWould you be willing to spare 15 minutes in the coming weeks?\n\nKind regards,\nTunde` },
  { note: 'm: good, referral as medical term', problems: [], body: `Hi Anna, I'm Saoirse, a GP trainee. Your paper on referral pathways for suspected cancer was excellent. Could we have a 20-minute call in the coming weeks about your audit method?` },
  { note: 'm: good, job as topic of their post', problems: [], body: `Hi Anna, I'm Ken, a career adviser at a university. Your post on the first job search after a PhD was shared with all our students. Would you be open to a 15-minute call next week?` },
  { note: 'm: good, "wing" in aviation', problems: [], body: `Hi Anna, I'm Ola, an aircraft maintenance engineer. Your talk on composite wing repairs was excellent. Would you have 20 minutes in the coming weeks for a call?` },
  { note: 'm: good, "regular expressions"', problems: [], body: `Hi Anna, I'm Edgar, a developer. Your post on regular expressions for log parsing saved me hours. Would you be open to a 15-minute chat next week?` },
  { note: 'm: good, note with emoji', ctx: { channel: 'connection-note' }, problems: [], body: `Hi Anna 👋 I'm Priya, a QA lead. Loved your post on flaky tests. Open to a 15-min chat in the coming weeks?` },
  { note: 'm: good, InMail', ctx: { channel: 'inmail' }, problems: [], body: `Hi Anna,\n\nI'm Gustavo, a supply chain analyst at a coffee exporter. Your report on traceability in smallholder farms answered questions we have had for years.\n\nWould you be open to a 20-minute call in the coming weeks?\n\nObrigado,\nGustavo` },

  // golden rule
  { note: 'm: golden, could you be my mentor', problems: ['golden-rule'], body: `Hi Anna, I'm Chloe, a junior data analyst. Your posts on SQL have taught me a lot. Could you be my mentor while I learn? Even a 15-minute call in the coming weeks would help.` },
  { note: 'm: golden, mentorship from you', problems: ['golden-rule'], body: `Hello Anna,\n\nI'm Abdi, a network engineer. I'm hoping to receive mentorship from you as I move into cloud architecture.\n\nWould you have 20 minutes in the coming weeks?\n\nAbdi` },
  { note: 'm: golden, coach me (form)', problems: ['golden-rule'], body: `Hi Anna, I'm Pilar, a new team lead. Would you be open to coaching me through my first year as a manager? I read your post on delegation. A 20-minute call to start?` },
  { note: 'm: golden, fortnightly calls', problems: ['golden-rule'], body: `Hi Anna, I'm Dom, a junior designer. Would you be open to fortnightly calls of 20 minutes so I can show you my progress? Your talk on design critique was great.` },
  { note: 'm: golden, over the next year', problems: ['golden-rule'], body: `Hi Anna, I'm Rana, a junior PM. Would you be willing to advise me over the next year as I work towards a senior role? Your post on product strategy was great. 20 minutes to start would be ideal.` },
  { note: 'm: golden, take me under your wing in a note', ctx: { channel: 'connection-note' }, problems: ['golden-rule'], body: `Hi Anna, I'm Kai, a junior SRE. Would you take me under your wing? A 15-min call in the coming weeks to start?` },
  { note: 'm: golden, be my sponsor', problems: ['golden-rule'], body: `Hi Anna, I'm Lea, a senior analyst at your bank. Would you be my sponsor as I go for a VP role this year? I'd love 20 minutes in the coming weeks.` },
  { note: 'm: golden, ongoing mentorship', problems: ['golden-rule'], body: `Hi Anna, I'm Joss, a junior developer. I'd really value ongoing mentorship from someone with your experience. Could we have a 20-minute call next week?` },
  { note: 'm: golden, meet weekly', problems: ['golden-rule'], body: `Hi Anna,\n\nI'm Bilal, a data science student. Could we meet weekly for 15 minutes this semester? Your post on Kaggle was great.\n\nBilal` },
  { note: 'm: golden, help me navigate my career', problems: ['golden-rule'], body: `Hi Anna, I'm Fiona, a lawyer moving into legal tech. I'd love for you to help me navigate my career over the next few years. Would you have 20 minutes in the coming weeks?` },
  { note: 'm: golden, in search of a mentor', problems: ['golden-rule'], body: `Hi Anna, I'm Theo, a self-taught developer. I'm in search of a mentor in game development and your devlog is excellent. Would you have 15 minutes in the coming weeks?` },
  { note: 'm: golden, brain-picking session', problems: ['golden-rule'], body: `Hi Anna, I'm Usha, a founder. Would you be open to a 20-minute brain-picking session next week about your post on marketplace liquidity?` },
  { note: 'm: golden, mentee of yours', problems: ['golden-rule'], body: `Hi Anna, I'm Nico, a junior architect. It would be a dream to become a mentee of yours. Your talk on timber was great. Could we talk for 15 minutes in the coming weeks?` },
  { note: 'm: golden + no ask', problems: ['golden-rule', 'no-ask'], body: `Hi Anna, I'm Rosa, a junior nurse. Your article on night shifts was so helpful. I'm looking for a mentor and I think you'd be perfect.` },

  // placeholders
  { note: 'm: [Your Name] in the body', problems: ['placeholder'], body: `Hi Anna, my name is [Your Name] and I'm a data analyst. Your post on dbt was useful. Would you have 20 minutes next week?` },
  { note: 'm: {company_name}', problems: ['placeholder'], body: `Hi Anna, I'm Gerry, a product designer at {company_name}. Your talk on onboarding was great. Would you be open to a 15-minute chat in the coming weeks?` },
  { note: 'm: (EVENT)', problems: ['placeholder'], body: `Hi Anna, I'm Oona, a security engineer. I loved your talk at (EVENT). Could we have a 20-minute call in the coming weeks?` },
  { note: 'm: undefined role', problems: ['placeholder'], body: `Hi Anna, I'm Lars, a undefined at Finch. Your post on Kotlin was great. Would you have 20 minutes next week?` },
  { note: 'm: <Company> in a note', ctx: { channel: 'connection-note' }, problems: ['placeholder'], body: `Hi Anna, I'm Ria, a dev at <Company>. Loved your post on APIs. Open to a 15-min chat in the coming weeks?` },

  // greeting
  { note: 'm: Hi there friend', problems: ['greeting-by-name'], body: `Hi there friend, I'm Amos, a junior developer. Your post on Docker was great. Could we have a 15-minute call in the coming weeks?` },
  { note: 'm: Hello, name known', problems: ['greeting-by-name'], body: `Hello, I'm Vera, a product analyst. Your article on funnels was great. Would you have 20 minutes next week for a call?` },
  { note: 'm: greets by surname without honorific', problems: ['greeting-by-name'], body: `Hi Berg, I'm Tom, a data engineer. Your talk on Spark was great. Would you have 15 minutes in the coming weeks?` },
  { note: 'm: Hi there, unknown name', to: null, problems: ['greeting-by-name'], body: `Hi there! I'm Ama, a UX designer. Your case study on onboarding was great. Would you have 20 minutes in the coming weeks?` },

  // no ask / no time bound
  { note: 'm: no ask, compliments', problems: ['no-ask'], body: `Hi Anna, I'm Simon, a developer. Your post on code review was one of the best I've read. I shared it with my whole team.` },
  { note: 'm: no ask, hoping to connect', problems: ['no-ask'], ctx: { channel: 'connection-note' }, body: `Hi Anna, I'm Dita, a designer. Your talk on typography was great. Hoping we can stay in touch.` },
  { note: 'm: unbounded, call next week', problems: ['no-time-bound'], body: `Hi Anna, I'm Raf, a backend engineer. Your post on idempotency was great. Could we set up a call next week?` },
  { note: 'm: unbounded, talk more', problems: ['no-time-bound'], body: `Hi Anna,\n\nI'm Juno, a data scientist. Your paper on causal ML was great.\n\nWould you be open to talking more about it when you have a moment?\n\nJuno` },
  { note: 'm: unbounded, quick question chat', problems: ['no-time-bound'], body: `Hi Anna, I'm Sami, a junior PM. Your post on discovery interviews was great. Are you available for a chat sometime this month?` },

  // who is writing
  { note: 'm: anonymous, bullets', problems: ['who-is-writing'], body: `Hi Anna,\n\nYour post on migrating to Postgres 16 was very useful.\n\nWould you have 20 minutes in the coming weeks? Two questions:\n- How did you test the upgrade?\n- What would you do differently?\n\nThank you for considering it.` },
  { note: 'm: anonymous, short', problems: ['who-is-writing'], body: `Hi Anna, loved your article on retention curves. Would you be open to a 15-minute call next week?` },
  { note: 'm: anonymous, "I\'m keen"', problems: ['who-is-writing'], body: `Hi Anna, I'm keen to learn how you run design sprints remotely, as you described in your talk. Could we have a 20-minute call in the coming weeks?` },
  { note: 'm: says who via studying', problems: [], body: `Hi Anna, I'm studying for an MSc in data science and your post on feature stores was excellent. Would you have 15 minutes in the coming weeks for a call?` },
  { note: 'm: says who via sign-off name', problems: [], body: `Hi Anna, your talk on incident command was great. Could we have a 20-minute call in the coming weeks? Thanks, Oisín` },

  // over limit
  { note: 'm: premium note over 300', ctx: { channel: 'connection-note', tier: 'premium' }, problems: ['over-limit'], body: `Hi Anna, I'm Wanjiru, a data analyst at a microfinance bank in Nairobi. Your post on credit scoring with mobile-money data was the clearest explanation I've found, and we're about to run a similar pilot. Would you be open to a 15-minute chat in the coming weeks so I can ask how you handled thin files? Thank you!` },

  // favours
  { note: 'm: favour, introduce me', problems: [], suggests: ['early-favour'], body: `Hi Anna, I'm Cato, a sales engineer. Would you be willing to introduce me to your head of partnerships? Your post on channel sales was great. Could we also talk for 15 minutes next week?` },
  { note: 'm: favour, job at your company', problems: [], suggests: ['early-favour'], body: `Hi Anna,\n\nI'm Nkechi, a graduate accountant. I'm looking for a role in audit and would love to work at your firm.\n\nWould you have 20 minutes in the coming weeks for a call?\n\nNkechi` },
  { note: 'm: favour, vouch', problems: [], suggests: ['early-favour'], body: `Hi Anna, I'm Brenna, a product designer. I'm interviewing at Lumbre next week — would you be willing to vouch for me with the hiring team? Also, would you have 15 minutes for a call?` },
  { note: 'm: favour, pass CV along', problems: [], suggests: ['early-favour'], body: `Hi Anna, I'm Tobi, a data engineer. Could you pass my CV along to your recruiter? I also read your post on data quality and would love a 20-minute chat in the coming weeks.` },

  // idioms
  { note: 'm: idiom, touch base (form)', problems: [], suggests: ['idiom'], body: `Hi Anna, I'm Alba, a junior PM. I was hoping to touch base about your talk on roadmaps. Would you have 20 minutes in the coming weeks?` },
  { note: 'm: idiom, ping you', problems: [], suggests: ['idiom'], body: `Hi Anna, I'm Ivo, a frontend developer. Your post on web components was great. Would you have 15 minutes next week? I'll ping you on Monday with some times.` },
  { note: 'm: idiom, in a nutshell', problems: [], suggests: ['idiom'], body: `Hi Anna, I'm Mara, a junior data scientist. In a nutshell, your post on model monitoring changed how we work. Could we have a 20-minute call in the coming weeks?` },
  { note: 'm: idiom, pick up the ropes', problems: [], suggests: ['idiom'], body: `Hi Anna, I'm Otis, a new product marketer still learning the ropes. Your post on positioning was great. Would you have 20 minutes in the coming weeks for a call?` },

  // flattery
  { note: 'm: flattery, legendary', problems: [], suggests: ['flattery'], body: `Hi Anna, I'm Finn, a junior developer. Your legendary talk on distributed systems is why I got into backend work. Could we have a 15-minute call next week?` },
  { note: 'm: flattery, awesome + amazing', problems: [], suggests: ['flattery'], body: `Hi Anna, I'm Lina, a UX writer. Your newsletter is awesome and your last issue was amazing. Would you be open to a 15-minute chat in the coming weeks?` },
  { note: 'm: flattery, biggest fan', problems: [], suggests: ['flattery'], body: `Hi Anna,\n\nI'm Rui, a data analyst and honestly your biggest fan.\n\nWould you have 20 minutes in the coming weeks to talk about your post on forecasting?\n\nRui` },
];
