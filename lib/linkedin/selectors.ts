// Every CSS selector the reader uses, with alternatives per page family, tried in order.
// tests/unit/linkedin/selectors.test.ts checks that each one still matches a fixture of its family,
// so a selector LinkedIn has retired shows up as a failing test, not as silently empty fields.
// Preference: ids and data-* anchors, componentkey suffixes, aria and roles; class names last.
// Bare HTML structure (p, li, h3, "ul > li", a[href], [aria-label]) is used inline where needed:
// it is not LinkedIn vocabulary and does not go stale.

/**
 * Page families: sdui = logged-in server-driven UI (sdui-2026, current); ember = the logged-in
 * Ember app as captured in 2024 (ember-2024-*), which SDUI replaced: every `ember` list is an
 * old-generation fallback, TODO(2027-01): drop once no member is served Ember; public = guest
 * pages (public-2023/2024/2026); notFound = the guest "Profile Not Found" page (2024).
 */
export type Family = 'ember' | 'sdui' | 'public' | 'notFound';
export type Alts = { readonly [F in Family]?: readonly string[] };

const SDUI_CARD = '[componentkey^="com.linkedin.sdui.profile.card.ref"]';

export const SEL = {
  // ---- which page this is (generation.ts) ----
  notFoundPage: { notFound: ['[data-test-id^="page-not-found"]', '.page-not-found'] },
  sduiPage: { sdui: [SDUI_CARD] },
  emberPage: { ember: ['section[data-member-id]', 'section[data-view-name="profile-card"]'] },
  publicPage: { public: ['meta[name="pageKey"][content^="public_profile"]', 'h1.top-card-layout__title'] },
  /** Guest markup of 2023 (BEM classes); removed by 2024 (public-2023-a). TODO(2026-12): drop. */
  public2023: { public: ['.profile-section-card__title', '.top-card__subline-item'] },
  jsonLd: { public: ['script[type="application/ld+json"]'] },
  /** The guest page's own address: its person (public-2024-*), or the requested one (not-found). */
  canonical: {
    public: ['link[rel="canonical"]', 'meta[property="og:url"]'],
    notFound: ['link[rel="canonical"]'],
  },
  firstNameMeta: { public: ['meta[property="profile:first_name"]'] },

  // ---- top card (top-card.ts) ----
  topCard: {
    ember: ['section[data-member-id]'],
    sdui: [`${SDUI_CARD}[componentkey$="Topcard"]`],
    public: ['section.top-card-layout', 'section.top-card'],
  },
  name: { ember: ['h1'], sdui: ['h2'], public: ['h1'] },
  headline: {
    ember: ['[data-generated-suggestion-target]', '.text-body-medium.break-words'],
    public: ['h2.top-card-layout__headline'],
  },
  /** The contact-info link sits right after the location on logged-in pages; also names the person. */
  contactInfo: {
    ember: ['a[href*="/overlay/contact-info/"]'],
    sdui: ['a[href*="/overlay/contact-info/"]'],
  },
  /** Any link to a profile; the first one in the top card is the person's own (photo, name). */
  profileLink: { ember: ['a[href*="/in/"]'], sdui: ['a[href*="/in/"]'] },
  location: {
    public: [
      '.top-card-layout__first-subline .not-first-middot > span:first-child',
      '.top-card__subline-item', // 2023 guest markup (public-2023-a). TODO(2026-12): drop.
    ],
  },
  /** Company / school chips beside the name. */
  chips: {
    ember: ['.pv-text-details__right-panel button'],
    sdui: ['[role="button"]'],
  },
  /** SDUI draws a placeholder logo per chip kind: the only language-free company/school signal. */
  companyIcon: { sdui: ['svg[id^="company-accent"]'] },
  schoolIcon: { sdui: ['svg[id^="school-accent"]'] },
  currentCompany: {
    public: [
      'a[data-tracking-control-name="public_profile_topcard-current-company"]',
      '[data-section="currentPositionsDetails"] .top-card-link__description',
    ],
  },
  /** An invitation link means "not yet connected", so a "1st" badge beside it is a hidden leftover. */
  invite: { sdui: ['a[href*="/preload/custom-invite/"]', '[componentkey^="ConnectButton"]'] },
  /** Edit controls appear only on your own profile (sdui-2026-self). */
  selfView: { sdui: ['a[href*="/edit/intro/"]', '[componentkey$="_openToButton"]'] },

  // ---- cards (sections.ts). Ember anchors are empty divs inside the card's <section>. ----
  about: {
    ember: ['#about'],
    sdui: [`${SDUI_CARD}[componentkey$="About"]`],
    public: ['section[data-section="summary"]'],
  },
  experience: {
    ember: ['#experience'],
    sdui: [`${SDUI_CARD}[componentkey$="ExperienceTopLevelSection"]`],
    // 2023 guest pages had no data-section here (public-2023-a). TODO(2026-12): drop the list fallback.
    public: ['section[data-section="experience"]', 'ul.experience__list'],
  },
  education: {
    ember: ['#education'],
    sdui: [`${SDUI_CARD}[componentkey$="EducationTopLevelSection"]`],
    public: ['section[data-section="educationsDetails"]'],
  },
  skills: { ember: ['#skills'], sdui: [`${SDUI_CARD}[componentkey$="Skills"]`] },
  /** No Ember or guest fixture has a Featured card; those pages find it by heading (sections.ts). */
  featured: { sdui: [`${SDUI_CARD}[componentkey$="Featured"]`] },
  activity: {
    ember: ['#content_collections'],
    sdui: [`${SDUI_CARD}[componentkey$="Activity"]`],
    public: ['section[data-section="posts"]'],
  },
  /** Cards SDUI fills in after scrolling; present but empty on first read (sdui-2026-self). */
  experienceLazy: {
    sdui: ['[componentkey^="profileCardsExperienceOnly"]', '[componentkey^="profile_top_card_experience_lazy_anchor_"]'],
  },
  educationLazy: { sdui: ['[componentkey^="profile_top_card_education_lazy_anchor_"]'] },

  // ---- entries inside cards ----
  entity: { ember: ['[data-view-name="profile-component-entity"]'] },
  /** Ember prints each line twice: aria-hidden for the eye, visually-hidden for screen readers. */
  shownLine: { ember: ['span[aria-hidden="true"]'] },
  /** SDUI entries carry a componentkey of their own (entity-collection-item-…, or a uuid). */
  sduiComponent: { sdui: ['[componentkey]'] },
  /** Keys read "…profile.skill(<id>, 24)"; no "(" here: jsdom's selector engine misreads it. */
  sduiSkill: { sdui: ['[componentkey^="com.linkedin.sdui.profile.skill"]'] },
  textBox: { sdui: ['[data-testid="expandable-text-box"]'] },
  skillsLink: { sdui: ['a[href*="/skill-associations-details"]'] },
  dateRange: { public: ['.date-range'] },
  /** Guest pages interleave sign-in dialogs with the profile (public-2024-a); their text is not the profile's. */
  dialog: { public: ['[role="dialog"]'] },
  featuredItem: { sdui: ['a[componentkey^="FeFeaturedItemUrn"]'] },

  // ---- activity (activity.ts) ----
  feedLink: {
    ember: ['a[href*="/feed/update/"]'],
    sdui: ['a[href*="/feed/update/"]'],
  },
  sduiPost: { sdui: ['[role="listitem"]'] },
  emberPostHeader: { ember: ['.feed-mini-update-contextual-description__text'] },
  emberPostText: { ember: ['[class*="inline-show-more-text"]', '[id^="mini-update-a11y-description"]'] },
} as const satisfies Record<string, Alts>;

export type SelectorKey = keyof typeof SEL;

/** The alternatives for one thing on one family's pages (undefined: that family has none). */
export function alts(key: SelectorKey, family: Family): readonly string[] | undefined {
  return (SEL[key] as Alts)[family];
}
