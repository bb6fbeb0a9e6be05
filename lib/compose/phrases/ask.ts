/**
 * Phrasings for the slots after the opening (ASK.md §2.3–2.5), each bank picked per person.
 * Every ask names a bounded time ({minutes}), a virtual coffee chat, "in the coming weeks", and that
 * they're busy (guide 001, "The Specific, Low-Commitment Ask"). `^…^` marks flourishes.
 */

export const GREETINGS = ['Hi {first},', 'Hello {first},', 'Dear {first},'];
export const NOTE_GREETINGS = ['Hi {first},', 'Hello {first},'];
export const NAMELESS_GREETINGS = ['Hello,', 'Hi,'];

/** Message asks by tone; at most two sentences, so the ask paragraph stays short (ASK.md §4, wall of text). */
export const ASKS = {
  warm: [
    "I know you're ^very ^busy, so I'd be grateful for {minutes} minutes of your time for a virtual coffee chat in the coming weeks.",
    'I know your time is limited, but would you be open to a {minutes}-minute virtual coffee chat in the coming weeks?',
    "I realise how busy you are, so I'll keep it small: would you have {minutes} minutes for a virtual coffee chat in the coming weeks?",
    "Knowing how full your calendar must be, I'd ^really ^appreciate {minutes} minutes for a short virtual coffee chat in the coming weeks.",
    "I understand you're busy, but if you could spare {minutes} minutes for a virtual coffee chat in the coming weeks, I'd be ^very ^grateful.",
    "I know you get many messages, so I'll be brief: could we have a {minutes}-minute virtual coffee chat in the coming weeks?",
  ],
  direct: [
    "Would you be open to a {minutes}-minute virtual coffee chat in the coming weeks? I know you're busy, so I'll keep to time.",
    'Could we have a {minutes}-minute virtual coffee chat in the coming weeks? I know your time is limited.',
    "I'd like to ask for {minutes} minutes of your time for a virtual coffee chat in the coming weeks; I know you're busy.",
    'Would you have {minutes} minutes for a virtual coffee chat in the coming weeks? I know your calendar is full.',
  ],
} as const;

/** Connection-note asks, index-aligned across levels: with "busy", without, and the shortest form. */
export const NOTE_ASKS = [
  [
    "I know you're busy, but would you be open to a {minutes}-minute virtual coffee chat in the coming weeks?",
    'I know your time is limited, but could we have a {minutes}-minute virtual coffee chat in the coming weeks?',
    "Knowing you're busy, would you have {minutes} minutes for a virtual coffee chat in the coming weeks?",
  ],
  [
    'Would you be open to a {minutes}-minute virtual coffee chat in the coming weeks?',
    'Could we have a {minutes}-minute virtual coffee chat in the coming weeks?',
    'Would you have {minutes} minutes for a virtual coffee chat in the coming weeks?',
  ],
  ['Open to a {minutes}-minute virtual coffee chat in the coming weeks?'],
] as const;

export const QUESTION_INTROS = [
  "There are {count} things I'd love to ask you:",
  "I'd like to ask you {count} specific questions:",
  'These are the {count} questions I have in mind:',
  "Here is what I'd like to ask:",
  'My {count} questions would be:',
];

/** "Make it easy" (ASK.md §2.5): flexible around their schedule, thanks for considering. */
export const EASY = [
  "I'm flexible and happy to work around your schedule. Thank you for considering it.",
  'Any time that suits you works for me. Thank you for considering my request.',
  'I will fit around your schedule, whatever is easiest for you. Thank you ^so much ^for considering it.',
  "I'm happy to work around your calendar. Thank you for taking the time to read this.",
  'My schedule is flexible, so please choose whatever time is easiest for you. Thank you for considering it.',
  'Whenever suits you best works for me. Thanks for considering it.',
];

export const NOTE_EASY = [
  ["I'm flexible around your schedule. Thank you for considering it.", 'Any time that suits you works for me. Thank you!', 'I will fit around your schedule. Thanks for considering it.'],
  ['Thank you for considering it.', 'Thank you!', 'Thanks for considering it.'],
  ['Thank you!'],
] as const;

/** Guide 001, "Acknowledge Time Zones": offer to fit their hours. Dropped first in a note. */
export const TIME_ZONE = [
  "Since we seem to be in different time zones, I'm happy to fit your morning or evening.",
  "We look to be a few hours apart, so I'll gladly find a time that suits your working day.",
  "As we're in different time zones, I can meet early or late in my day to suit yours.",
  "I know the time difference can make this harder, so I'm happy to work around your hours.",
];
export const NOTE_TIME_ZONE = ['Happy to fit your time zone.', 'I can fit your time zone.'];

export const SIGN_OFFS = ['Best,\n{me}', 'Kind regards,\n{me}', 'Best wishes,\n{me}', 'Warm regards,\n{me}', 'All the best,\n{me}'];

/** "Who I am and why you" (ASK.md §2.3), one sentence; {lead} says what I'm working towards, so "which is why" follows. */
export const WHO_WITH_PURPOSE = [
  '{lead}, which is why {why} stood out to me.',
  '{lead}, so {why} is ^very ^relevant to me.',
  '{lead}, and {why} is close to what I hope to learn.',
  "{lead}, and I'd value hearing about {why}.",
  "{lead}, and I'd like to learn from {why}.",
];
/** The same when {lead} only says who I am (no goal): joined with "and", not "which is why". */
export const WHO_IDENTITY = [
  '{lead}, and {why} stood out to me.',
  '{lead}, and {why} is close to what I hope to learn.',
  "{lead}, and I'd value hearing about {why}.",
  "{lead}, and I'd like to learn from {why}.",
];
export const WHO_WITHOUT_LEAD = [
  "{Why} stood out to me, as it's close to what I'd like to learn.",
  '{Why} is close to what I hope to learn.',
  "I'd like to learn from {why}.",
  "I'd value hearing about {why}.",
];
/** After a lead that already has its ", and" ("I'm Ada, and I build…, and…" twice reads as a run-on). */
export const WHO_AFTER_AND = [
  '{lead}, which is why {why} stood out to me.',
  '{lead}, so {why} is ^very ^relevant to me.',
  "{lead}, so I'd value hearing about {why}.",
  "{lead}, so I'd like to learn from {why}.",
];
