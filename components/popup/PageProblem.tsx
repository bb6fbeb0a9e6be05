import type { ReadState } from './use-tab-reading';

/** Plain words for every way a page can fail to give us a profile. */
export function problemText(state: ReadState): string | null {
  switch (state.kind) {
    case 'not-profile':
      return 'This tab is not a LinkedIn profile. Open someone’s profile (linkedin.com/in/…) and click Coffee Chat again, or type their details below.';
    case 'unreadable':
      return `${state.message} You can type their details below instead.`;
    case 'read':
      if (state.reading.generation === 'not-found') return 'LinkedIn says this profile was not found, or it is private. Type their details below if you know them.';
      if (state.reading.generation === 'stale')
        return 'This page still shows the profile you looked at before. Reload the page (F5), then open Coffee Chat again.';
      if (!state.reading.profile.fullName) return 'We could not find a name on this page. Check the details below before drafting.';
      return null;
    default:
      return null;
  }
}

export function PageProblem({ state }: { state: ReadState }) {
  const text = problemText(state);
  return text ? <p class="error page-problem" role="alert">{text}</p> : null;
}
