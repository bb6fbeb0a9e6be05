import type { Labelled } from './types';

/**
 * The THIRD hold-out, written after the third round of rules (commit "a third hold-out"). Scored
 * once, untouched, it gave problems precision 93.5% and recall 96.7% (29 tp, 2 fp, 1 fn),
 * suggestions recall 100% (11 of 11) with 2 false suggestions. Misses: an ask worded "would you be
 * up to…", "my team is debating" taken as an introduction, "networks" (plural) not read as
 * literal bandwidth, "Dear Hiring Manager" taken as a favour, and a Vietnamese name where this
 * test's context guessed the wrong first name. The rule-side ones were fixed, so it joined the
 * tuning data; heldout-after-tuning.ts is the fourth, fresh hold-out.
 */
export const TUNING_ROUND_4: Labelled[] = [
  // good messages, some that look like problems
  { note: 'k: good, career changer teacher', problems: [], body: `Hi Anna,\n\nI'm Sofie, a secondary school maths teacher learning data analysis in the evenings. Your post on the first dashboard you ever built — and what you'd change now — was the most useful thing I read this month.\n\nWould you have 20 minutes in the coming weeks for a virtual coffee? I'd love to ask what you would practise first in my position.\n\nThanks for considering it,\nSofie` },
  { note: 'k: good, "not asking for mentorship"', problems: [], body: `Hi Anna, I'm Abdul, a logistics coordinator. I'm not asking for mentorship or anything long-term — just 15 minutes to ask how you set up the cross-docking trial you wrote about. Would sometime next week suit you?` },
  { note: 'k: good, their mentorship scheme as a topic', problems: [], body: `Hello Anna,\n\nI'm Katya, an HR business partner at a retail chain. Your article on the reverse-mentoring scheme at your bank, where juniors coach executives on tech, was fascinating.\n\nCould we have a 20-minute call in the coming weeks so I can ask how you picked the pairs?\n\nKatya` },
  { note: 'k: good, bandwidth for network planning', problems: [], body: `Hi Anna, I'm Ibrahim, a telecoms planner. Your talk on forecasting bandwidth demand in rural networks was very helpful. Would you be open to a 15-minute chat next week?` },
  { note: 'k: good, "I\'m not job hunting"', problems: [], body: `Hi Anna, I'm Coral, a marine biologist at a research institute. I'm not job hunting; I'm writing because your paper on kelp restoration matches our pilot site. Could we talk for 20 minutes in the coming weeks?` },
  { note: 'k: good, Vietnamese name', to: 'Nguyễn Thị Lan', problems: [], body: `Hi Lan, I'm Minh, a mobile developer in Da Nang. Your post on offline-first apps was great. Would you have 15 minutes next week for a short call?` },
  { note: 'k: good, Dr with diacritics', to: 'Søren Kjær', problems: [], body: `Dear Dr Kjær,\n\nI'm Ingrid, a PhD student in hydrology. Your paper on groundwater recharge models was central to my literature review.\n\nWould you be open to a 20-minute call in the coming weeks to discuss your calibration approach?\n\nBest regards,\nIngrid` },
  { note: 'k: good, weekly as their habit', problems: [], body: `Hi Anna, I'm Paulo, a project manager. You wrote that your team does a weekly demo to the whole company. Could I ask you how you started it, over a 15-minute call in the coming weeks?` },
  { note: 'k: good, plain thanks + ask', problems: [], body: `Hi Anna, I'm Vanessa, a junior data engineer at Finch. Thank you for your post on testing data pipelines. Would you have 20 minutes in the coming weeks for two questions about it?` },
  { note: 'k: good, connection note with role', ctx: { channel: 'connection-note' }, problems: [], body: `Hi Anna, I'm Jin, a support engineer moving into SRE. Your post on runbooks helped. Open to a 15-minute chat in the coming weeks?` },
  { note: 'k: good, half-hour mentioned as past', problems: [], body: `Hi Anna, I'm Oren, a designer. I spent half an hour with your case study on checkout flows and took pages of notes. Would you be open to a 20-minute chat next week?` },
  { note: 'k: good, email, formal', ctx: { channel: 'email' }, problems: [], body: `Dear Anna,\n\nMy name is Adaeze and I lead procurement at a hospital in Enugu. I read your report on cold-chain failures in West Africa with great interest.\n\nWould you be able to spare 20 minutes in the coming weeks for a call? I would like to ask about the monitoring devices you tested.\n\nYours sincerely,\nAdaeze Obi` },

  // golden rule
  { note: 'k: golden, would you mentor me', problems: ['golden-rule'], body: `Hi Anna, I'm Beni, a junior backend developer. I've learned so much from your posts on Go. Would you mentor me as I work towards becoming a senior engineer? A 20-minute call to start would be great.` },
  { note: 'k: golden, under your wing (form)', problems: ['golden-rule'], body: `Hello Anna,\n\nI'm Gwen, a trainee accountant. I'd be so grateful if you'd take me under your wing while I study for my exams.\n\nCould we have a 15-minute call in the coming weeks?\n\nGwen` },
  { note: 'k: golden, regular catch-up calls', problems: ['golden-rule'], body: `Hi Anna, I'm Tariq, a new product owner. Would you be open to regular catch-up calls over the next few months to help me grow into the role? 20 minutes each.` },
  { note: 'k: golden, monthly mentoring sessions', problems: ['golden-rule'], body: `Hi Anna,\n\nI'm Pia, a junior designer at a small agency. Your talk on design leadership was inspiring.\n\nI'd love to set up monthly mentoring sessions with you, if you'd be open to it. Could we start with 20 minutes next week?\n\nPia` },
  { note: 'k: golden, be my mentor in a note', ctx: { channel: 'connection-note' }, problems: ['golden-rule'], body: `Hi Anna, I'm Ray, a junior QA. Your post on test pyramids was great. Would you consider being my mentor? 15 min to start?` },
  { note: 'k: golden, ongoing advice', problems: ['golden-rule'], body: `Hi Anna, I'm Lola, a freelance translator starting an agency. I'm hoping for ongoing advice from someone who has grown a small business, and your posts show you have. Would you have 20 minutes in the coming weeks?` },
  { note: 'k: golden, guide me in my career', problems: ['golden-rule'], body: `Hi Anna, I'm Ade, a graduate engineer. Would you be willing to guide me in my career over the coming years? I read your article on becoming a chartered engineer. A 15-minute call would be a great start.` },
  { note: 'k: golden, someone to mentor me', problems: ['golden-rule'], body: `Hi Anna,\n\nI'm Sunita, a junior data scientist. I'm looking for someone to mentor me in NLP and your work on multilingual models stood out.\n\nWould you be open to a 20-minute call next week?\n\nSunita` },
  { note: 'k: golden, pick your brain (form)', problems: ['golden-rule'], body: `Hi Anna, I'm Mark, a founder in ed-tech. I'd love 15 minutes next week to pick your brain about school partnerships, which you wrote about last month.` },
  { note: 'k: golden, check in every month', problems: ['golden-rule'], body: `Hi Anna, I'm Hiba, a junior UX researcher. Would it be OK if I checked in with you every month about my progress? Your talk on research ops was great. A 15-minute call to start would be perfect.` },
  { note: 'k: golden, long-term mentor', problems: ['golden-rule'], body: `Hi Anna, I'm Zeke, a career changer from hospitality into software. I'm searching for a long-term mentor and your story of changing careers spoke to me. Could we talk for 20 minutes in the coming weeks?` },
  { note: 'k: golden + unbounded', problems: ['golden-rule', 'no-time-bound'], body: `Hi Anna, I'm Rina, a junior analyst. Would you be my mentor? Maybe we could have a call sometime?` },

  // placeholders
  { note: 'k: [Insert Company]', problems: ['placeholder'], body: `Hi Anna, I'm Kerry, a sales manager at [Insert Company]. Your post on pipeline reviews was useful. Would you have 20 minutes next week?` },
  { note: 'k: <<FIRST_NAME>>', problems: ['placeholder', 'greeting-by-name'], body: `Hi <<FIRST_NAME>>,\n\nI'm Tomasz, a data analyst. Your article on cohort analysis was great.\n\nWould you have 20 minutes in the coming weeks for a call?\n\nTomasz` },
  { note: 'k: (ROLE) and (COMPANY)', problems: ['placeholder'], body: `Hi Anna, I'm Nell, a (ROLE) at (COMPANY). Your talk on hiring was great. Could we have a 15-minute call in the coming weeks?` },
  { note: 'k: {{topic}} in a note', ctx: { channel: 'connection-note' }, problems: ['placeholder'], body: `Hi Anna, I'm Ali, a dev. Your post on {{topic}} was great. Open to a 15-min chat in the coming weeks?` },
  { note: 'k: XXX minutes', problems: ['placeholder', 'no-time-bound'], body: `Hi Anna, I'm Bryn, a product designer. Your post on prototyping was great. Would you have XXX minutes in the coming weeks for a call?` },

  // greeting
  { note: 'k: Hey there', problems: ['greeting-by-name'], body: `Hey there, I'm Cass, a junior developer. Your post on TypeScript generics was great. Would you be open to a 15-minute call in the coming weeks?` },
  { note: 'k: Dear Hiring Manager', to: null, problems: ['greeting-by-name'], body: `Dear Hiring Manager,\n\nI'm Elan, a data engineer. I read your post on your data platform.\n\nWould you have 20 minutes in the coming weeks for a call?\n\nElan` },
  { note: 'k: Hello Sir', problems: ['greeting-by-name'], body: `Hello Sir, I'm Dinesh, a network engineer. Your article on SD-WAN was helpful. Could we have a 20-minute call next week?` },

  // no ask / no bound
  { note: 'k: no ask, introduction only', problems: ['no-ask'], body: `Hi Anna,\n\nI'm Freya, a junior architect in Bristol. I came across your talk on passive houses and it was brilliant.\n\nI'm hoping to learn more about sustainable design this year.\n\nFreya` },
  { note: 'k: unbounded, chat at your convenience', problems: ['no-time-bound'], body: `Hi Anna, I'm Jorge, a mechanical engineer. Your article on heat pumps was great. Would you be open to a chat at your convenience?` },
  { note: 'k: unbounded, meet for coffee', problems: ['no-time-bound'], body: `Hi Anna, I'm Maeve, a product designer in Dublin too. Your talk on design systems was great. Could we meet for a coffee one of these days?` },

  // who is writing
  { note: 'k: anonymous, talk first', problems: ['who-is-writing'], body: `Hi Anna,\n\nYour talk at DevConf on migrating a monolith one module at a time was exactly the plan my team is debating.\n\nWould you have 20 minutes in the coming weeks for a virtual coffee? I'd like to ask how you chose the first module.\n\nThank you!` },
  { note: 'k: anonymous, starts with a question', problems: ['who-is-writing'], body: `Hi Anna, what made you choose Elixir for the payments service you wrote about? I'd love to understand the trade-offs. Could we have a 15-minute call next week?` },
  { note: 'k: anonymous note', ctx: { channel: 'connection-note' }, problems: ['who-is-writing'], body: `Hi Anna, I enjoyed your post on pricing pages. Would you have 15 minutes for a chat in the coming weeks? Thank you!` },
  { note: 'k: says who via "I work in"', problems: [], body: `Hi Anna, I work in supply chain at a food company and your post on demand sensing was very useful. Would you have 20 minutes next week for a short call?` },
  { note: 'k: says who via "As a new manager"', problems: [], body: `Hi Anna, as a new engineering manager I found your post on 1:1 agendas very useful. Could we have a 15-minute chat in the coming weeks?` },

  // over limit
  { note: 'k: free note slightly over', ctx: { channel: 'connection-note' }, problems: ['over-limit'], body: `Hi Anna, I'm Rafa, a data analyst at a retail chain. Your post on forecasting promotions with small data was very practical and clear. Would you be open to a 15-minute chat in the coming weeks? Thanks!` },

  // favours
  { note: 'k: favour, any vacancies', problems: [], suggests: ['early-favour'], body: `Hi Anna, I'm Luka, a recent graduate in civil engineering. Are there any vacancies for graduates in your team? Your talk on bridge maintenance was great. Would you have 20 minutes next week?` },
  { note: 'k: favour, put me in touch', problems: [], suggests: ['early-favour'], body: `Hi Anna, I'm Salma, a UX designer. Could you put me in touch with the design lead at your company? Your post on research repositories was great. Would you have 15 minutes in the coming weeks?` },
  { note: 'k: favour, referral for role', problems: [], suggests: ['early-favour'], body: `Hi Anna,\n\nI'm Connor, a backend engineer. I've just applied for the senior backend role at Fjord Labs and was wondering if you'd be comfortable giving me a referral.\n\nWould you also have 20 minutes next week for a call?\n\nConnor` },
  { note: 'k: favour, keep me in mind for internships', problems: [], suggests: ['early-favour'], body: `Hi Anna, I'm Yara, a second-year student. Please keep me in mind if any internships come up! Your post on data journalism was great. Could we have a 15-minute chat in the coming weeks?` },

  // idioms
  { note: 'k: idiom, circle back', problems: [], suggests: ['idiom'], body: `Hi Anna, I'm Dee, a junior PM. Your post on OKRs was great. Would you have 20 minutes in the coming weeks? Happy to circle back later if now is busy.` },
  { note: 'k: idiom, hop on a call', problems: [], suggests: ['idiom'], body: `Hi Anna, I'm Wil, a data engineer. Would you be up to hop on a call for 15 minutes next week about your post on Iceberg tables?` },
  { note: 'k: idiom, shoot me a message', problems: [], suggests: ['idiom'], body: `Hi Anna,\n\nI'm Hana, a QA engineer. Your post on contract testing was great.\n\nWould 20 minutes in the coming weeks work? Shoot me a message with a time that suits.\n\nHana` },
  { note: 'k: idiom, touched base (form)', problems: [], suggests: ['idiom'], body: `Hi Anna, I'm Jules, an analyst. We touched base briefly after your talk at PyData. Would you have 15 minutes in the coming weeks for a call?` },

  // flattery
  { note: 'k: flattery, huge fan', problems: [], suggests: ['flattery'], body: `Hi Anna, I'm Moe, a junior developer and a huge fan of your blog. Would you have 15 minutes next week for a short call about your post on caching?` },
  { note: 'k: flattery, amazing twice', problems: [], suggests: ['flattery'], body: `Hi Anna, I'm Ines, a product designer. Your talk was amazing and your slides were amazing too. Would you be open to a 15-minute chat in the coming weeks?` },
  { note: 'k: flattery, trailblazer + incredibly', problems: [], suggests: ['flattery'], body: `Hi Anna, I'm Tess, a junior engineer. You're a trailblazer and your post on Rust was incredibly good. Could we talk for 20 minutes next week?` },
];
