import type { Labelled } from './types';

/**
 * The FIRST hold-out, written after the first round of rules (commit "hold-out labelled set").
 * Scored once, untouched, it gave problems precision 93.1% and recall 93.1% (27 tp, 2 fp, 2 fn),
 * suggestions recall 86.7% (13 of 15): below the 95% precision bar. Its misses were then used to
 * fix the rules, so it joined the tuning data; heldout-after-tuning.ts is a fresh hold-out,
 * written after that second round.
 */
export const TUNING_ROUND_2: Labelled[] = [
  // good messages, some that look like problems
  { note: 'h: good, PM switching', problems: [], body: `Hi Anna,\n\nI'm Rafael, a support lead at Nimbus hoping to move into product. Your post about the three questions you ask before writing a spec is now pinned above my desk.\n\nWould you be open to a 20-minute video call sometime in the next few weeks? I'd love to hear how you learned to say no to feature requests.\n\nThanks for considering it,\nRafael` },
  { note: 'h: good, mentor as their job title', problems: [], body: `Hi Anna, I'm Ilse, a teacher retraining as a developer. I saw that you volunteer as a mentor at CodeBridge, and I'm applying to join their spring cohort as a learner. Could I ask you two questions about the programme over a 15-minute call?` },
  { note: 'h: good, negation of favour', problems: [], body: `Hello Anna,\n\nMy name is Kwabena and I'm an agronomist in Kumasi. I'm not after a referral or a job, just your view on the soil sensor study you shared last month.\n\nCould we speak for 15 minutes one day next week?\n\nKwabena` },
  { note: 'h: good, bandwidth literal in a question', problems: [], body: `Hi Anna, I'm Tobias, an embedded engineer. Your talk on squeezing video over low bandwidth satellite links was brilliant for our drone project. Would you have 20 minutes in the coming weeks for two questions?` },
  { note: 'h: good, Polish name with diacritics', to: 'Małgorzata Wójcik', problems: [], body: `Dzień dobry Małgorzato — sorry, Hi Małgorzata! I'm Peter, a logistics planner in Gdańsk. I read your article on cross-dock scheduling. Would you be open to a 15-minute chat in the coming weeks?` },
  { note: 'h: good, honorific Prof.', to: 'Helena Marsh', problems: [], body: `Dear Prof. Marsh,\n\nI'm Aditi, a master's student in urban planning. Your paper on fifteen-minute cities shaped my dissertation question.\n\nWould you be willing to spare 20 minutes in the coming weeks to discuss your survey design?\n\nWith thanks,\nAditi` },
  { note: 'h: good, mentions their mentoring programme', problems: [], body: `Hi Anna, I'm Joss, an L&D manager. I heard you on the podcast explaining how your company's mentoring programme matches people. Would you be open to a 20-minute call next week so I can ask how you measure whether it works?` },
  { note: 'h: good, I already found a mentor', problems: [], body: `Hi Anna, I'm Petra, a junior analyst. I've found a great mentor at my company, and she suggested I read your posts on SQL style — which I did. Could we have a 15-minute chat in the coming weeks about code review for analysts?` },
  { note: 'h: good, idiom-free casual', problems: [], body: `Hey Anna! I'm Lou, a community manager at Forma. Your thread on moderating big Discord servers was so useful. Would you have 15 minutes next week for a quick call? No worries if not!` },
  { note: 'h: good, hiring word as topic', problems: [], body: `Hi Anna, I'm Femi, a founder hiring my first engineers. Your post on writing job descriptions people actually read was great. Could we talk for 20 minutes in the coming weeks about how you ran interviews?` },
  { note: 'h: good, quarter hour', problems: [], body: `Hello Anna, I'm Henrik, a pharmacist moving into clinical data. Your post on data standards in hospitals was clear. Could you spare a quarter of an hour next week for a call?` },

  // golden rule
  { note: 'h: golden, sort of mentor', problems: ['golden-rule'], body: `Hi Anna, I'm Jules, a junior copywriter. I was wondering whether you'd be open to being a sort of mentor for me while I find my feet in advertising? A 20-minute call to start would be fantastic.` },
  { note: 'h: golden, mentor for the long haul', problems: ['golden-rule'], body: `Hi Anna,\n\nI'm Sina, a QA analyst. Your talk on exploratory testing was eye-opening. I'm really hoping to find someone who could mentor me for the long haul, and I thought of you.\n\nWould you have 20 minutes next week?\n\nSina` },
  { note: 'h: golden, monthly catch-ups', problems: ['golden-rule'], body: `Hi Anna, I'm Beto, a cloud engineer. Would you be up for monthly catch-ups where I could run my progress past you? 20 minutes each. I loved your post on Terraform modules.` },
  { note: 'h: golden, take me on as a mentee', problems: ['golden-rule'], body: `Hi Anna, I'm Dmitri, a junior data scientist. Your Kaggle write-ups taught me a lot. Would you consider taking me on as a mentee? Happy to start with a 15-minute call next week.` },
  { note: 'h: golden, advise me throughout my career', problems: ['golden-rule'], body: `Dear Anna,\n\nI'm Nour, a civil engineering graduate. I'd be honoured if you could advise me throughout my career as I move into project management. Would 20 minutes in the coming weeks suit you?\n\nNour` },
  { note: 'h: golden, regular check-ins over the coming year', problems: ['golden-rule'], body: `Hi Anna, I'm Kit, a new product designer. Your post on design critique was great. Would you be open to short check-ins every month over the coming year? Each would be 20 minutes at most.` },
  { note: 'h: golden, be mentored', problems: ['golden-rule'], body: `Hi Anna, I'm Ama, a finance analyst. It would mean a lot to be mentored by someone with your experience in treasury. Could we have a 20-minute call in the coming weeks?` },
  { note: 'h: golden, be my career coach', problems: ['golden-rule'], body: `Hi Anna, I'm Rory, a sales rep. Your webinar on enterprise deals was excellent. Would you be my career coach? Even a 15-minute call next week would help me a lot.` },
  { note: 'h: golden, mentorship in a note', ctx: { channel: 'connection-note' }, problems: ['golden-rule'], body: `Hi Anna, I'm Lea, a junior dev. Loved your post on Go. Any chance you'd offer me some mentorship? 15 min to start?` },
  { note: 'h: golden, pick brain + unbounded', problems: ['golden-rule', 'no-time-bound'], body: `Hi Anna, I'm Cy, an indie game developer. I'd love to pick your brain sometime about your GDC talk on live ops. Could we chat?` },
  { note: 'h: golden, ongoing support', problems: ['golden-rule'], body: `Hi Anna,\n\nI'm Mina, a nurse practitioner starting a telehealth clinic. Your article on remote triage was wonderful.\n\nI'm looking for ongoing support from someone who has done this before. Would you be open to a 20-minute chat next week?\n\nMina` },

  // placeholders
  { note: 'h: [Event name]', problems: ['placeholder'], body: `Hi Anna, I'm Dario, a data engineer. I enjoyed your session at [Event name] on lakehouses. Would you be open to a 20-minute chat in the coming weeks?` },
  { note: 'h: {{company}}', problems: ['placeholder'], body: `Hi Anna, I'm Yusuf, a recruiter at {{company}}. Your post on inclusive hiring was great. Could we have a 15-minute call next week?` },
  { note: 'h: (COMPANY)', problems: ['placeholder'], body: `Hi Anna,\n\nI'm Greta, a product manager at (COMPANY). Your talk on pricing pages was helpful.\n\nWould you have 20 minutes in the coming weeks?\n\nGreta` },
  { note: 'h: <first name>', problems: ['placeholder', 'greeting-by-name'], body: `Hi <first name>, I'm Sven, a DevOps lead. Your post on incident drills was great. Would you be open to a 20-minute call next week?` },
  { note: 'h: undefined greeting', problems: ['placeholder', 'greeting-by-name'], body: `Hi undefined, I'm Ana, a junior designer. I loved your post on accessible colour palettes. Could we have a 15-minute chat in the coming weeks?` },

  // greeting
  { note: 'h: Hello there', problems: ['greeting-by-name'], body: `Hello there! I'm Brett, a backend engineer. Your article on idempotent APIs was great. Would you be open to a 20-minute call in the coming weeks?` },
  { note: 'h: To whom it may concern', to: null, problems: ['greeting-by-name'], body: `To whom it may concern,\n\nI'm Oksana, a chemist moving into data science. I read your post on lab automation.\n\nWould you have 20 minutes next week for a call?\n\nOksana` },
  { note: 'h: Hi, name known', problems: ['greeting-by-name'], body: `Hi, I'm Raj, a developer in Chennai. Your post on observability was great. Would you have 15 minutes in the coming weeks for a call?` },

  // no ask / no time bound
  { note: 'h: no ask, just praise', problems: ['no-ask'], body: `Hi Anna, I'm Bram, a designer at Tulp. Just wanted to say your talk on design tokens was the best I saw this year. Thanks for sharing it!` },
  { note: 'h: unbounded, when convenient', problems: ['no-time-bound'], body: `Hi Anna,\n\nI'm Colm, a data analyst in Cork. Your post on survey weighting was excellent.\n\nWould you be open to a call at a time that suits you?\n\nColm` },
  { note: 'h: unbounded, coffee sometime', problems: ['no-time-bound'], body: `Hi Anna, I'm Edda, a UX researcher. Loved your article on card sorting. Could we grab a virtual coffee sometime?`, suggests: ['idiom'] },

  // who is writing
  { note: 'h: anonymous, polite', problems: ['who-is-writing'], body: `Dear Anna,\n\nYour keynote on circular supply chains stayed with me long after the conference.\n\nWould you be open to a 20-minute virtual coffee chat in the coming weeks? I would like to ask how you convinced suppliers to take part.\n\nThank you for considering it.` },
  { note: 'h: anonymous, I\'m curious', problems: ['who-is-writing'], body: `Hi Anna, I'm curious how your team moved to trunk-based development, which you mentioned in your last post. Would you have 15 minutes next week for a short call?` },
  { note: 'h: anonymous note, flexible', ctx: { channel: 'connection-note' }, problems: ['who-is-writing'], body: `Hi Anna, your post on onboarding juniors was great. I'm flexible — would you have 15 minutes for a chat in the coming weeks?` },
  { note: 'h: intro via I\'ve spent', problems: [], body: `Hi Anna, I've spent five years in retail banking and want to move into risk analytics. Your post on credit scorecards was the clearest I've read. Could we talk for 20 minutes in the coming weeks?` },
  { note: 'h: intro via sign-off full name', problems: [], body: `Hi Anna,\n\nYour post on migrating from Angular to React answered half my questions.\n\nWould you have 20 minutes in the next few weeks for the other half?\n\nMany thanks,\nSiobhán Keane` },

  // over limit
  { note: 'h: note far over 200', ctx: { channel: 'connection-note' }, problems: ['over-limit'], body: `Hi Anna, I'm Nils, a product analyst at Finch. I've been reading your posts on retention cohorts for months and the one about weekly active users changed how we report. Would you be open to a 15-minute chat in the coming weeks? Thank you so much!` },

  // favours
  { note: 'h: favour, put my name forward', problems: [], suggests: ['early-favour'], body: `Hi Anna, I'm Tess, a project manager. I saw Fjord Labs is recruiting for a delivery lead. Would you be comfortable putting my name forward? I'd also love a 15-minute call next week to hear about your post on delivery metrics.` },
  { note: 'h: favour, introduce to recruiter', problems: [], suggests: ['early-favour'], body: `Hi Anna, I'm Hamid, a data engineer. Could you introduce me to the recruiter handling the platform roles? Your post on Kafka at scale was brilliant. Would 20 minutes next week work?` },
  { note: 'h: favour, let me know if roles open', problems: [], suggests: ['early-favour'], body: `Hi Anna,\n\nI'm Carys, a UX designer. Your post on design ops was great. If a design role ever opens up on your team, please keep me in mind!\n\nWould you have 20 minutes in the coming weeks?\n\nCarys` },
  { note: 'h: favour, share CV with team', problems: [], suggests: ['early-favour'], body: `Hi Anna, I'm Ben, a junior accountant. I've attached my CV — would you mind sharing it with your finance team? I also loved your post on month-end close and would enjoy a 15-minute chat.` },
  { note: 'h: favour, recommend me to manager', problems: [], suggests: ['early-favour'], body: `Hi Anna, I'm Ivo, a backend engineer. Could you recommend me to your engineering manager for the open position? Your post on Elixir was great. Would you have 20 minutes next week?` },

  // idioms
  { note: 'h: idiom, hop on a quick Teams call', problems: [], suggests: ['idiom'], body: `Hi Anna, I'm Jade, a BI developer. Your post on Power BI governance was great. Could we hop on a quick Teams call for 15 minutes next week?` },
  { note: 'h: idiom, circle back later', problems: [], suggests: ['idiom'], body: `Hi Anna, I'm Kaz, a game designer. I loved your GDC talk. Would you have 20 minutes in the coming weeks? If now's not a good time I can circle back next month.` },
  { note: 'h: idiom, bounce ideas off you', problems: [], suggests: ['idiom'], body: `Hi Anna, I'm Lars, a founder. Your post on pricing B2B SaaS was great. I'd love to bounce a few ideas off you in a 20-minute call next week.` },
  { note: 'h: idiom, get up to speed', problems: [], suggests: ['idiom'], body: `Hi Anna, I'm Mei, a new data engineer. I'm trying to get up to speed on streaming, and your post on Flink helped. Would you have 15 minutes in the coming weeks?` },
  { note: 'h: idiom, touching base in a check-in', ctx: { kind: 'check-in' }, problems: [], suggests: ['idiom'], body: `Hi Anna, I'm Noel, touching base on my note from last week about your post on API design. No pressure at all — would you have 15 minutes in the coming weeks?` },

  // flattery
  { note: 'h: flattery, rockstar', problems: [], suggests: ['flattery'], body: `Hi Anna, I'm Opal, a junior engineer. You're an absolute rockstar and your post on testing was great. Could we have a 15-minute call next week?` },
  { note: 'h: flattery, incredibly + awesome', problems: [], suggests: ['flattery'], body: `Hi Anna, I'm Pim, a data analyst. Your talk was incredibly useful and your slides were awesome. Would you be open to a 20-minute call in the coming weeks?` },
  { note: 'h: flattery, blown away', problems: [], suggests: ['flattery'], body: `Hi Anna,\n\nI'm Quentin, an architect. I was blown away by your talk on timber towers.\n\nWould you have 20 minutes in the coming weeks for a call?\n\nQuentin` },
  { note: 'h: flattery, visionary + inspirational', problems: [], suggests: ['flattery'], body: `Hi Anna, I'm Rosa, a sustainability analyst. You're a visionary and your keynote was truly inspirational. Would you be open to a 15-minute chat next week?` },
];
