import { useEffect, useState } from 'preact/hooks';
import { useNow } from '../hooks/use-now';
import { useSettings } from '../hooks/use-settings';
import { DashboardDue } from './DashboardDue';
import { Pipeline } from './Pipeline';
import { UndoToast } from './UndoToast';
import { useModule } from './use-module';
import { personRoute, useRoute } from './use-route';

// Loaded when first shown (use-module.ts): the list's first render parses only the list.
const personPage = () => import('./PersonPage');
const dataTools = () => import('./DataTools');
// Opened straight onto a person (a notification, the popup's link) or the data: their code loads alongside the app's.
if (location.hash.startsWith('#/person/')) void personPage();
else if (location.hash.startsWith('#/data')) void dataTools();

/** The dashboard: due now, the pipeline, a person's page, and the user's data. */
export function DashboardApp() {
  const route = useRoute();
  const settings = useSettings();
  const now = useNow(30_000);
  // "Due now" reads the nudge index, but every due person's row before the index follows new settings
  // (or after "Show all"): it waits for the list's first page, which those reads would hold back (bench).
  const [listShown, setListShown] = useState(false);
  const person = useModule(personPage, route.page === 'person');
  const data = useModule(dataTools, route.page === 'data');
  const failed = person.error ?? data.error;
  useEffect(() => {
    document.title = route.page === 'data' ? 'Coffee Chat: your data' : 'Coffee Chat';
  }, [route.page]);
  return (
    <div class="dashboard">
      <header class="row dash-header">
        <a href="#/" class="brand">Coffee Chat</a>
        <nav class="row" aria-label="Dashboard">
          <a href="#/" aria-current={route.page === 'pipeline' ? 'page' : undefined}>People</a>
          <a href="#/data" aria-current={route.page === 'data' ? 'page' : undefined}>Your data</a>
          <a href="/welcome.html">Settings</a>
        </nav>
      </header>
      <UndoToast />
      <main>
        {route.page === 'pipeline' && settings && now !== null && (
          <>
            {listShown && <DashboardDue settings={settings} now={now} onOpen={(id, kind) => (location.hash = `${personRoute(id)}?nudge=${kind}`)} />}
            <Pipeline now={now} settings={settings} onShown={() => setListShown(true)} />
          </>
        )}
        {failed && <p class="error" role="alert">Couldn't load this page ({failed.message}). Reload the dashboard to try again.</p>}
        {route.page === 'person' && settings && now !== null && person.mod && <person.mod.PersonPage key={route.id} id={route.id} nudge={route.nudge} action={route.action} settings={settings} now={now} />}
        {route.page === 'data' && settings && data.mod && <data.mod.DataTools settings={settings} />}
      </main>
    </div>
  );
}
