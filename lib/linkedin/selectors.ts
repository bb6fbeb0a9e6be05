// Every CSS selector the reader uses, with alternatives per page family, tried in order.
// tests/unit/linkedin/selectors.test.ts checks that each one still matches a fixture of its family,
// so a selector LinkedIn has retired shows up as a failing test, not as silently empty fields.
// Preference: ids and data-* anchors, componentkey suffixes, aria and roles; class names last.

/** ember-2024: logged-in Ember app. sdui-2026: logged-in server-driven UI. public: guest pages 2023–2026. */
export type Family = 'ember-2024' | 'sdui-2026' | 'public' | 'not-found';
export type Alts = { readonly [F in Family]?: readonly string[] };

const SDUI_CARD = '[componentkey^="com.linkedin.sdui.profile.card.ref"]';

export const SEL = {
  // ---- which page this is (generation.ts) ----
  notFound: { 'not-found': ['[data-test-id^="page-not-found"]', '.page-not-found'] },
  sduiPage: { 'sdui-2026': [SDUI_CARD] },
  emberPage: { 'ember-2024': ['section[data-member-id]', 'section[data-view-name="profile-card"]'] },
  publicPage: { public: ['meta[name="pageKey"][content^="public_profile"]', 'h1.top-card-layout__title'] },
  /** Guest markup of 2023 (BEM classes); removed by 2024 (public-2023-a). TODO(2026-12): drop. */
  public2023: { public: ['.profile-section-card__title', '.top-card__subline-item'] },
  jsonLd: { public: ['script[type="application/ld+json"]'] },
  /** The guest page's own address: its person (public-2024-*), or the requested one (not-found). */
  canonical: {
    public: ['link[rel="canonical"]', 'meta[property="og:url"]'],
    'not-found': ['link[rel="canonical"]'],
  },
  firstNameMeta: { public: ['meta[property="profile:first_name"]'] },

  // ---- top card (top-card.ts) ----
  topCard: {
    'ember-2024': ['section[data-member-id]'],
    'sdui-2026': [`${SDUI_CARD}[componentkey$="Topcard"]`],
    public: ['section.top-card-layout', 'section.top-card'],
  },
  name: { 'ember-2024': ['h1'], 'sdui-2026': ['h2'], public: ['h1'] },
  headline: {
    'ember-2024': ['[data-generated-suggestion-target]', '.text-body-medium.break-words'],
    public: ['h2.top-card-layout__headline'],
  },
  /** The contact-info link sits right after the location on logged-in pages; also names the person. */
  contactInfo: {
    'ember-2024': ['a[href*="/overlay/contact-info/"]'],
    'sdui-2026': ['a[href*="/overlay/contact-info/"]'],
  },
  /** Any link to a profile; the first one in the top card is the person's own (photo, name). */
  profileLink: { 'ember-2024': ['a[href*="/in/"]'], 'sdui-2026': ['a[href*="/in/"]'] },
  location: {
    public: [
      '.top-card-layout__first-subline .not-first-middot > span:first-child',
      '.top-card__subline-item', // 2023 guest markup (public-2023-a). TODO(2026-12): drop.
    ],
  },
  /** Company / school chips beside the name. */
  chips: {
    'ember-2024': ['.pv-text-details__right-panel button'],
    'sdui-2026': ['[role="button"]'],
  },
  /** SDUI draws a placeholder logo per chip kind: the only language-free company/school signal. */
  companyIcon: { 'sdui-2026': ['svg[id^="company-accent"]'] },
  schoolIcon: { 'sdui-2026': ['svg[id^="school-accent"]'] },
  currentCompany: {
    public: [
      'a[data-tracking-control-name="public_profile_topcard-current-company"]',
      '[data-section="currentPositionsDetails"] .top-card-link__description',
    ],
  },
  /** An invitation link means "not yet connected", so a "1st" badge beside it is a hidden leftover. */
  invite: { 'sdui-2026': ['a[href*="/preload/custom-invite/"]', '[componentkey^="ConnectButton"]'] },
  /** Edit controls appear only on your own profile (sdui-2026-self). */
  selfView: { 'sdui-2026': ['a[href*="/edit/intro/"]', '[componentkey$="_openToButton"]'] },

  // ---- cards (sections.ts). Ember anchors are empty divs inside the card's <section>. ----
  about: {
    'ember-2024': ['#about'],
    'sdui-2026': [`${SDUI_CARD}[componentkey$="About"]`],
    public: ['section[data-section="summary"]'],
  },
  experience: {
    'ember-2024': ['#experience'],
    'sdui-2026': [`${SDUI_CARD}[componentkey$="ExperienceTopLevelSection"]`],
    public: ['section[data-section="experience"]', 'ul.experience__list'], // 2023 had no data-section
  },
  education: {
    'ember-2024': ['#education'],
    'sdui-2026': [`${SDUI_CARD}[componentkey$="EducationTopLevelSection"]`],
    public: ['section[data-section="educationsDetails"]'],
  },
  skills: { 'ember-2024': ['#skills'], 'sdui-2026': [`${SDUI_CARD}[componentkey$="Skills"]`] },
  featured: { 'sdui-2026': [`${SDUI_CARD}[componentkey$="Featured"]`] },
  activity: {
    'ember-2024': ['#content_collections'],
    'sdui-2026': [`${SDUI_CARD}[componentkey$="Activity"]`],
    public: ['section[data-section="posts"]'],
  },
  /** Cards SDUI fills in after scrolling; present but empty on first read (sdui-2026-self). */
  experienceLazy: {
    'sdui-2026': ['[componentkey^="profileCardsExperienceOnly"]', '[componentkey^="profile_top_card_experience_lazy_anchor_"]'],
  },
  educationLazy: { 'sdui-2026': ['[componentkey^="profile_top_card_education_lazy_anchor_"]'] },

  // ---- entries inside cards ----
  entity: { 'ember-2024': ['[data-view-name="profile-component-entity"]'] },
  /** Ember prints each line twice: aria-hidden for the eye, visually-hidden for screen readers. */
  shownLine: { 'ember-2024': ['span[aria-hidden="true"]'] },
  /** SDUI entries carry a componentkey of their own (entity-collection-item-…, or a uuid). */
  sduiComponent: { 'sdui-2026': ['[componentkey]'] },
  sduiSkill: { 'sdui-2026': ['[componentkey^="com.linkedin.sdui.profile.skill"]'] },
  textBox: { 'sdui-2026': ['[data-testid="expandable-text-box"]'] },
  skillsLink: { 'sdui-2026': ['a[href*="/skill-associations-details"]'] },
  dateRange: { public: ['.date-range'] },
  /** Guest pages interleave sign-in dialogs with the profile (public-2024-a); their text is not the profile's. */
  dialog: { public: ['[role="dialog"]'] },
  /** Small text elements that may hold a pronoun or degree badge. */
  badgeText: { 'ember-2024': ['span, p'], 'sdui-2026': ['span, p'], public: ['span, p'] },
  labelled: { 'ember-2024': ['[aria-label]'], 'sdui-2026': ['[aria-label]'], public: ['[aria-label]'] },
  featuredItem: { 'sdui-2026': ['a[componentkey^="FeFeaturedItemUrn"]'] },

  // ---- activity (activity.ts) ----
  feedLink: {
    'ember-2024': ['a[href*="/feed/update/"]'],
    'sdui-2026': ['a[href*="/feed/update/"]'],
  },
  sduiPost: { 'sdui-2026': ['[role="listitem"]'] },
  emberPostHeader: { 'ember-2024': ['.feed-mini-update-contextual-description__text'] },
  emberPostText: { 'ember-2024': ['[class*="inline-show-more-text"]', '[id^="mini-update-a11y-description"]'] },
} as const satisfies Record<string, Alts>;

export type SelectorKey = keyof typeof SEL;

/** The alternatives for one thing on one family's pages (undefined: that family has none). */
export function alts(key: SelectorKey, family: Family): readonly string[] | undefined {
  return (SEL[key] as Alts)[family];
}
