import type { HookKind } from '../hooks';

/**
 * The personal opening (ASK.md §2.2), as sentence parts combined per person: "{lead} {ref}{reaction}."
 * or "{subject} {predicate}.". `{hook}` is the hook's detail. Several banks multiply into hundreds of
 * frames per hook kind, so two people rarely share one. `bare` is the reference without the detail:
 * the last shortening step (ASK.md §3: the hook detail goes after "who I am").
 * Plain words only, no idioms (guide 001, "Navigating Cross-Cultural Mentorship").
 */
export interface OpeningBank {
  leads: readonly string[];
  refs: readonly string[];
  bare: string;
  reactions: readonly string[];
  subjects?: readonly string[];
  predicates?: readonly string[];
}

const READ_LEADS = [
  'I read', 'I was reading', 'I came across', 'I just read', 'I found', 'I enjoyed reading',
  'I spent some time with', 'I saved', 'I took notes on', 'I was glad to come across', 'I read and reread',
  'I bookmarked', 'I carefully read', 'I spent a while on',
];

/** Their description of their work: not "I found how you describe your work", which reads as an object found. */
const WORK_LEADS = [
  'I read', 'I was reading', 'I came across', 'I just read', 'I enjoyed reading', 'I took notes on',
  'I was glad to come across', 'I read and reread', 'I carefully read', 'I noticed', 'I was struck by', 'I looked closely at',
];

const READ_REACTIONS = [
  ', and it stayed with me', ', and it gave me a lot to think about', ', and it made me look at my own work differently',
  ", and it connected with a problem I'm working on", ', and it was ^really ^useful to me', ", and I've kept thinking about it since",
  ', and it made me want to learn more about how you work', ', and it helped me see my own situation more clearly',
  ', and I learned something from it', ', and it gave me a useful new angle', ", and it raised a few questions I'd love to ask you",
  ", and it was the kind of thinking I'm trying to learn", ", and I'd like to hear more about it",
  ', and it made a lot of sense to me', ', and it matched something I have seen in my own work',
  ', and it gave me an idea I want to try',
];

const READ_PREDICATES = [
  'stayed with me after I read it', 'gave me a lot to think about', 'made me rethink part of my own work',
  'was ^really ^useful to me', "connected with something I'm working on right now", 'caught my attention',
  "is the reason I'm writing to you", "raised a few questions I'd love to ask you",
  'made me want to learn more about your path', 'helped me see my own situation more clearly',
];

const GROUND_LEADS = [
  'I noticed', 'I saw', 'I was happy to see', 'I was glad to see', 'I realised', 'I just noticed',
  'I was pleased to see', 'I learned', 'I saw on your profile', 'I was interested to see',
];
const GROUND_REACTIONS = [
  ", and I'd love to hear how your path went from there", ', which made me want to write to you',
  ', and that gave me the courage to write', ", and I'd love to hear where it led you", ', so I wanted to say hello',
  ", and your path since then is one I'd like to learn from", ", and I hoped you wouldn't mind a note from me",
  ', so I thought I would introduce myself', ', which gave me a reason to write', ', and it made your path feel closer to mine',
  ', and I would like to learn how you got where you are', ", and I'd be glad to hear your perspective",
];

export const OPENINGS: Readonly<Record<HookKind, OpeningBank>> = {
  post: {
    leads: READ_LEADS, reactions: READ_REACTIONS, predicates: READ_PREDICATES, bare: 'your recent post',
    refs: ['your post "{hook}"', 'your recent post "{hook}"', 'your post that starts "{hook}"', 'what you posted: "{hook}"', 'the post you wrote, "{hook}"'],
    subjects: ['Your post "{hook}"', 'Your recent post "{hook}"'],
  },
  article: {
    leads: READ_LEADS, reactions: READ_REACTIONS, predicates: READ_PREDICATES, bare: 'your recent article',
    refs: ['your article "{hook}"', 'your recent article "{hook}"', 'your piece "{hook}"', 'what you wrote in "{hook}"', 'the article you wrote, "{hook}"'],
    subjects: ['Your article "{hook}"', 'Your piece "{hook}"'],
  },
  featured: {
    leads: READ_LEADS, reactions: READ_REACTIONS, predicates: READ_PREDICATES, bare: 'the work you feature on your profile',
    refs: ['the "{hook}" piece on your profile', 'your featured piece "{hook}"', '"{hook}", which you feature on your profile', 'the work you feature on your profile, "{hook}"', 'the piece you feature, "{hook}"'],
    subjects: ['The "{hook}" piece you feature on your profile', 'Your featured piece "{hook}"'],
  },
  'current-work': {
    leads: WORK_LEADS, reactions: READ_REACTIONS, predicates: READ_PREDICATES, bare: 'how you describe your work',
    refs: ['how you describe your work: "{hook}"', 'the way you describe your work ("{hook}")', 'your About section, which starts "{hook}"', 'what you wrote about your work: "{hook}"', 'the words you use for your work, "{hook}"'],
    subjects: ['The way you describe your work ("{hook}")', 'Your About section ("{hook}")'],
  },
  'role-change': {
    // Not "I just saw": "…that you have just started as…" would say "just" twice.
    leads: ['I saw', 'I noticed', 'I was glad to see', 'I was happy to see', 'I read', 'I was pleased to see', 'I learned'],
    refs: ['that you recently started as {hook}', 'that you recently moved into your new role as {hook}', 'the news of your new role as {hook}', 'that you have just started as {hook}'],
    bare: 'that you started a new role',
    reactions: [
      ', and congratulations on the move', ', and I wanted to say congratulations', ', congratulations on the new chapter',
      ', and I hope the first months are going well', ', congratulations on the new position', ' and wanted to congratulate you',
      ', and I would love to hear what drew you to it', ', and I wish you the best with it',
      ', and I hope you are enjoying it', ', and it made me curious about the move', ', which is a step I hope to take one day',
      ', and I would be glad to hear how it is going',
    ],
  },
  'shared-school': {
    leads: GROUND_LEADS, reactions: GROUND_REACTIONS, bare: 'that we studied at the same school',
    refs: ['that we both studied at {hook}', 'that we are both {hook} alumni', 'that {hook} is your school as well as mine', 'that you studied at {hook} too', 'that we share {hook} as our school'],
  },
  'shared-org': {
    leads: GROUND_LEADS, reactions: GROUND_REACTIONS, bare: 'that we have an organisation in common',
    refs: ['that you also worked at {hook}', 'that we both have {hook} in common', 'that {hook} is part of your story too', 'that you spent time at {hook} as well', 'that we have both been part of {hook}'],
  },
  'shared-city': {
    leads: GROUND_LEADS, reactions: GROUND_REACTIONS, bare: 'that we are in the same city',
    refs: ['that you are also based in {hook}', 'that we are both in {hook}', 'that you are in {hook} as well', 'that you work from {hook} too', 'that {hook} is home for both of us'],
  },
  headline: {
    leads: ['I came across', 'I found', 'I was looking at', 'I read', 'I spent some time on', 'I was reading', 'I looked at', 'I noticed'],
    refs: ['your profile, where you describe yourself as "{hook}"', 'your profile and your headline, "{hook}"', 'your profile ("{hook}")', 'your profile, which sums up your work as "{hook}"'],
    bare: 'your profile',
    reactions: [
      ', and your path stood out to me', ', and it is close to the work I want to grow into', ", and I'd love to understand how you got there",
      ', and it made me want to ask you a few questions', ', and your experience seems close to what I want to learn',
      ', and I would value your view on a few questions', ', and it matches the direction I hope to take',
      ', and it made me curious about your path', ', and I hoped you might share a little of what you learned', ', and I wanted to write to you',
    ],
  },
};

/** Where both of us work now: the past-tense refs would be wrong. */
export const SHARED_ORG_NOW = ['that we both work at {hook}', 'that we are colleagues at {hook}', 'that we are both part of {hook}', 'that you are at {hook} too', 'that we share {hook} as our workplace'];

/** Title-only current work: the weakest specific opening, phrased as interest, not a compliment. */
export const TITLE_WORK: OpeningBank = {
  leads: [
    'I came across', 'I was reading about', 'I learned about', 'I looked at', 'I noticed', 'I was interested to see',
    'I read about', 'I was glad to learn about', 'I spent some time looking at', 'I found',
  ],
  refs: ['your work as {hook}', 'your current role as {hook}', 'your path to {hook}', 'your experience as {hook}'],
  bare: 'your current work',
  reactions: [
    ', and it is close to what I want to learn', ', and it made me want to hear how you got there',
    ", and I'd love to understand your path", ', and it stood out among the profiles I looked at',
    ", and it connected with what I'm working towards", ", and it raised a few questions I'd love to ask you",
    ', and I would value your view on a few questions', ', and it matches the direction I hope to take',
    ', and it made me curious about how you got there', ', and I would be glad to hear what the work is like day to day',
    ', and it is the kind of work I hope to do one day', ', and I hoped you might share a little of what you learned',
  ],
};

/** Nothing readable on the profile (not-found-2024): honest, and still about them. */
export const NO_HOOK: OpeningBank = {
  leads: ['I came across', 'I found', 'I was looking at', 'I spent some time on', 'I read', 'I noticed', 'I was reading', 'I looked at'],
  refs: ['your profile on LinkedIn', 'your profile', 'your LinkedIn profile'],
  bare: 'your profile',
  reactions: [
    ' while searching for people to learn from', ' while searching for people whose path I could learn from',
    ", and I'd like to learn from your experience", ', and your path stood out to me',
    ' while thinking about my next step', ", and I'd value your perspective on a few questions",
    ', and I would like to hear how you got where you are', ' while searching for people with experience I could learn from',
    ', and I hoped you might share a little of what you learned', ', and I wanted to write to you',
  ],
};
