import type { Labelled } from './types';

/**
 * The SECOND hold-out, written after the second round of rules (commit "a fresh hold-out").
 * Scored once, untouched, it gave problems precision 92.3% and recall 96.0% (24 tp, 2 fp, 1 fn;
 * one "no ask" that was really an unbounded ask, one signature block with the name above the
 * role), suggestions recall 100% (11 of 11). Those two were then fixed, so it joined the tuning
 * data; heldout-after-tuning.ts is the third, fresh hold-out.
 */
export const TUNING_ROUND_3: Labelled[] = [
  // good, including look-alikes
  { note: 'g: good, ops manager', problems: [], body: `Hi Anna,\n\nI'm Musa, an operations manager at a mid-sized courier in Nairobi. Your article on route density and why it beats fleet size changed how I read our own numbers.\n\nWould you be open to a 20-minute virtual coffee in the coming weeks? I'd like to ask how you got drivers to trust the new routes.\n\nThank you,\nMusa` },
  { note: 'g: good, "I don\'t need a mentor"', problems: [], body: `Hi Anna, I'm Greta, a staff engineer. I don't need a mentor, just a second opinion from someone who has done a database migration like the one in your post. Could we talk for 20 minutes next week?` },
  { note: 'g: good, their mentees', problems: [], body: `Hi Anna, I'm Jonah, a bootcamp instructor. You wrote that your mentees ship a project in their first month. I'd love to ask how you scope those projects — would you have 15 minutes in the coming weeks?` },
  { note: 'g: good, regular as adjective elsewhere', problems: [], body: `Hi Anna, I'm Lin, a pastry chef turned food scientist. Your post on regular testing of shelf life in small bakeries was practical. Would you be open to a 15-minute call next week?` },
  { note: 'g: good, time zone kindness', problems: [], body: `Hi Anna,\n\nI'm Arjun, a data engineer in Bengaluru. Your talk on late-arriving data in stream processing was excellent.\n\nI know we're several hours apart, so I'm happy to fit your morning. Would 20 minutes in the coming weeks be possible?\n\nArjun` },
  { note: 'g: good, Irish name with fada', to: 'Aoife Ní Bhriain', problems: [], body: `Hi Aoife, I'm Tom, a product analyst in Galway. Your post on measuring feature adoption was great. Could we have a 15-minute call sometime in the coming weeks?` },
  { note: 'g: good, Turkish name', to: 'Gülşen Yıldız', problems: [], body: `Merhaba Gülşen, I'm Emre, a backend developer in Izmir. Your article on rate limiting was very clear. Would you be open to a 20-minute chat in the coming weeks?` },
  { note: 'g: good, Ms with family name', to: 'Claire Dubois', problems: [], body: `Dear Ms Dubois,\n\nI'm Hannah, a trainee solicitor. Your article on data protection audits for charities was exactly the guide we needed.\n\nWould you have 15 minutes in the coming weeks for two questions?\n\nKind regards,\nHannah` },
  { note: 'g: good, literal "under the wing" of aircraft', problems: [], body: `Hi Anna, I'm Kofi, an aerospace engineer. Your post on icing sensors under the wing of regional jets was fascinating. Would you be open to a 20-minute call in the coming weeks?` },
  { note: 'g: good, not a job, literal referral programme', problems: [], body: `Hi Anna, I'm Bea, a people partner. I'm not job hunting — I'm redesigning our employee referral program and your post on referral bias was spot on. Would you have 20 minutes next week?` },
  { note: 'g: good, long message with bullets', problems: [], body: `Hi Anna,\n\nI'm Tuan, a QA lead at a game studio. I read your post on testing live-service games and it matched what we see after every patch.\n\nI know you're busy, so I'd be grateful for 20 minutes in the coming weeks. Two questions:\n- How did you decide what to automate first?\n- What did you stop testing?\n\nHappy to work around your schedule.\n\nTuan` },
  { note: 'g: good, brief note', ctx: { channel: 'connection-note' }, problems: [], body: `Hi Anna, I'm Rhys, a nurse in Cardiff. Your post on handovers was so clear. Could we have a 15-minute chat in the coming weeks?` },

  // golden rule
  { note: 'g: golden, official mentor', problems: ['golden-rule'], body: `Hi Anna, I'm Ellie, a junior product manager. I've admired your posts on discovery for a while, and I'd be thrilled if you'd agree to be my official mentor this year. Could we start with a 20-minute call next week?` },
  { note: 'g: golden, mentor me through', problems: ['golden-rule'], body: `Hello Anna,\n\nI'm Wojtek, a data analyst moving into machine learning. Would you be willing to mentor me through this transition? Your post on your own switch was very helpful.\n\nWould 20 minutes in the coming weeks work?\n\nWojtek` },
  { note: 'g: golden, call every couple of weeks', problems: ['golden-rule'], body: `Hi Anna, I'm Sade, a new team lead. Would it be possible to have a 20-minute call every couple of weeks so I can bring you my questions as they come up? Your post on delegation was great.` },
  { note: 'g: golden, guide me over the next few years', problems: ['golden-rule'], body: `Hi Anna, I'm Luis, a biomedical engineer. I'd love someone to guide me over the next few years as I move into regulatory affairs, and your path is the one I want. Would you have 20 minutes next week?` },
  { note: 'g: golden, protégée', problems: ['golden-rule'], body: `Hi Anna, I'm Chiara, a junior architect. I'd love to learn as your protégée. Your talk on timber housing was inspiring. Could we have a 15-minute chat in the coming weeks?` },
  { note: 'g: golden, long-term guidance', problems: ['golden-rule'], body: `Hi Anna, I'm Dev, an electrician training as a solar installer. I'm looking for long-term guidance from someone in renewables. Would you be open to a 20-minute call next week?` },
  { note: 'g: golden, weekly sessions', problems: ['golden-rule'], body: `Hi Anna,\n\nI'm Maren, a junior UX designer. Your article on usability testing was brilliant.\n\nWould you consider weekly sessions with me for a few months? 20 minutes each.\n\nMaren` },
  { note: 'g: golden, pick your brains in a note', ctx: { channel: 'connection-note' }, problems: ['golden-rule'], body: `Hi Anna, I'm Sol, a founder. Loved your post on pricing. Could I pick your brains for 15 minutes next week?` },
  { note: 'g: golden, ongoing mentoring relationship', problems: ['golden-rule'], body: `Hi Anna, I'm Fatou, a finance graduate. I'm hoping to find an ongoing mentoring relationship with a woman in investment banking, and your post on your first year stood out. Would you have 15 minutes next week?` },
  { note: 'g: golden, be your apprentice', problems: ['golden-rule'], body: `Hi Anna, I'm Olek, a furniture maker. I would love to become your apprentice in sustainable design. Your talk on reclaimed timber was great. Could we talk for 20 minutes in the coming weeks?` },
  { note: 'g: golden, help me throughout my career', problems: ['golden-rule'], body: `Hi Anna, I'm Kemi, a pharmacist. Could you help me throughout my career as I move into clinical research? I read your article on trial design. Would you have 20 minutes next week?` },

  // placeholders
  { note: 'g: [your name] sign-off', problems: ['placeholder'], body: `Hi Anna,\n\nI'm a junior developer at Finch. Your post on feature flags was great.\n\nWould you have 20 minutes in the coming weeks for a call?\n\nBest,\n[your name]` },
  { note: 'g: (TITLE)', problems: ['placeholder'], body: `Hi Anna, I'm Lotte, a (TITLE) at Brightpath. Your post on roadmaps was useful. Would you be open to a 20-minute chat next week?` },
  { note: 'g: XXX for topic', problems: ['placeholder'], body: `Hi Anna, I'm Nuno, a product designer. I read your article on XXX and found it useful. Could we have a 15-minute call in the coming weeks?` },
  { note: 'g: {{ first_name }} greeting', problems: ['placeholder', 'greeting-by-name'], body: `Hi {{ first_name }},\n\nI'm Ada, a backend engineer. Your post on retries was great.\n\nWould you have 20 minutes in the coming weeks?\n\nAda` },

  // greeting
  { note: 'g: Hi team', problems: ['greeting-by-name'], body: `Hi team, I'm Zac, a junior analyst. Your report on housing prices was great. Would you have 20 minutes next week for a call?` },
  { note: 'g: Good morning, no name', problems: ['greeting-by-name'], body: `Good morning,\n\nI'm Ines, a civil engineer. I read your paper on flood modelling.\n\nWould you be open to a 20-minute call in the coming weeks?\n\nInes` },
  { note: 'g: greets a different person', problems: ['greeting-by-name'], body: `Dear Laura, I'm Theo, a data scientist. Your talk on fairness metrics was great. Would you have 15 minutes in the coming weeks?` },

  // no ask / time bound
  { note: 'g: no ask, just following', problems: ['no-ask'], body: `Hi Anna, I'm Priti, a junior developer. I've been following your posts on Rust for a while and they've helped me a lot. Looking forward to reading more!` },
  { note: 'g: unbounded, whenever you are free', problems: ['no-time-bound'], body: `Hi Anna, I'm Oren, a security engineer. Your talk on supply chain attacks was great. Would you be free for a call whenever suits you?` },
  { note: 'g: unbounded, have a chat', problems: ['no-time-bound'], body: `Hi Anna,\n\nI'm Yasmin, a physiotherapist moving into health tech. Your article on remote rehab was great.\n\nCould we have a chat about it at some point?\n\nYasmin` },

  // who is writing
  { note: 'g: anonymous, question first', problems: ['who-is-writing'], body: `Hi Anna, how did you convince your leadership to fund the platform team you wrote about? I'd love to hear more. Would you have 20 minutes in the coming weeks for a call?` },
  { note: 'g: anonymous, long message', problems: ['who-is-writing'], body: `Hello Anna,\n\nYour post on running effective design critiques was shared in our design channel this week, and it started a long discussion.\n\nWould you be open to a 15-minute chat in the coming weeks? I'd like to ask how you keep critiques kind but honest.\n\nThanks for considering it!` },
  { note: 'g: says who via "I\'m part of"', problems: [], body: `Hi Anna, I'm part of the analytics team at a hospital in Porto, and your post on patient flow dashboards was great. Would you be open to a 20-minute call next week?` },
  { note: 'g: says who via sign-off with role', problems: [], body: `Hi Anna,\n\nYour article on warehouse slotting was great.\n\nCould we have a 20-minute call in the coming weeks?\n\nThanks,\nMarek Nowak\nLogistics analyst, Trans-Pol` },

  // over limit
  { note: 'g: note over 200 with emoji', ctx: { channel: 'connection-note' }, problems: ['over-limit'], body: `Hi Anna 👋 I'm Ravi, a frontend developer at Finch. Your post on design tokens and theming at scale is the best write-up I've found. Would you be open to a 15-minute chat in the coming weeks? 🙏 Thanks a lot!` },

  // favours
  { note: 'g: favour, refer me to the hiring team', problems: [], suggests: ['early-favour'], body: `Hi Anna, I'm Aiden, a data engineer. I noticed Fjord Labs has an opening for a platform engineer. Would you be open to referring me? I'd also love 15 minutes to hear about your post on data platforms.` },
  { note: 'g: favour, introduce me to your founder', problems: [], suggests: ['early-favour'], body: `Hi Anna,\n\nI'm Mara, a climate-tech founder. Your post on grid batteries was great. Would you be willing to introduce me to your co-founder?\n\nCould we also talk for 20 minutes in the coming weeks?\n\nMara` },
  { note: 'g: favour, job opening ask', problems: [], suggests: ['early-favour'], body: `Hi Anna, I'm Dani, a recent graduate in economics. Do you have any job openings on your analytics team? Your post on forecasting was very helpful. Would you have 20 minutes next week?` },
  { note: 'g: favour, keep my CV on file', problems: [], suggests: ['early-favour'], body: `Hi Anna, I'm Sam, a product designer. I'd be grateful if you could keep me in mind for any design roles. Your post on design systems was great. Could we talk for 15 minutes next week?` },

  // idioms
  { note: 'g: idiom, touch base next week', problems: [], suggests: ['idiom'], body: `Hi Anna, I'm Ola, a marketing analyst. I'd love to touch base next week about your post on attribution. Would 20 minutes work?` },
  { note: 'g: idiom, jump on a Zoom', problems: [], suggests: ['idiom'], body: `Hi Anna, I'm Piet, a game producer. Your GDC talk on scope was great. Could we jump on a Zoom for 15 minutes in the coming weeks?` },
  { note: 'g: idiom, ping me', problems: [], suggests: ['idiom'], body: `Hi Anna,\n\nI'm Lena, a junior data scientist. Your post on feature engineering was great.\n\nWould you have 20 minutes in the coming weeks? Just ping me a time that suits.\n\nLena` },
  { note: 'g: idiom, on the same page', problems: [], suggests: ['idiom'], body: `Hi Anna, I'm Hugo, a tech lead. Your post on writing RFCs that get everyone on the same page was great. Would you be open to a 20-minute call next week?` },

  // flattery
  { note: 'g: flattery, huge fan + amazing', problems: [], suggests: ['flattery'], body: `Hi Anna, I'm Ria, a UX writer — huge fan! Your amazing post on error messages was shared across our team. Would you have 15 minutes next week?` },
  { note: 'g: flattery, genius', problems: [], suggests: ['flattery'], body: `Hi Anna, I'm Finn, a data engineer. Your talk on query planners was genius. Could we have a 20-minute call in the coming weeks?` },
  { note: 'g: flattery, incredible + incredibly', problems: [], suggests: ['flattery'], body: `Hi Anna,\n\nI'm Noa, a junior PM. Your roadmap talk was incredible and your slides were incredibly clear.\n\nWould you be open to a 15-minute chat in the coming weeks?\n\nNoa` },
];
