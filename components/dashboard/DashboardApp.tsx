import { useEffect, useState } from 'preact/hooks';
import { loadDueNow } from '../../lib/nudges/due-now';
import { loadDueSet } from '../../lib/nudges/indexed';
import type { Settings } from '../../lib/settings/schema';
import { getDb } from '../../lib/shared/tracker-db';
import { DueList } from '../DueList';
import { useLiveQuery } from '../hooks/use-live-query';
import { useNow } from '../hooks/use-now';
import { useSettings } from '../hooks/use-settings';
import { DataTools } from './DataTools';
import { PersonPage } from './PersonPage';
import { Pipeline } from './Pipeline';
import { UndoToast } from './UndoToast';
import { personRoute, useRoute } from './use-route';

/** "Due now" atop the dashboard, re-read on each tick of `now` and on every change. */
function DashboardDue({ settings, now, onOpen }: { settings: Settings; now: number; onOpen: (id: string, kind: string) => void }) {
  // The count and the oldest few from the index; every due person only once "Show all" asks.
  const [all, setAll] = useState(false);
  const due = useLiveQuery(
    () => (all ? loadDueNow(getDb(), now, settings).then((items) => ({ count: items.length, items })) : loadDueSet(getDb(), now, settings)),
    [now, settings, all],
  );
  if (due.error) return <p class="error" role="alert">Couldn't check what's due: {due.error.message}</p>;
  return <DueList due={due.value} onOpen={onOpen} onShowAll={setAll} />;
}

/** The dashboard: due now, the pipeline, a person's page, and the user's data. */
export function DashboardApp() {
  const route = useRoute();
  const settings = useSettings();
  const now = useNow(30_000);
  // "Due now" reads the nudge index, but every due person's row before the index follows new settings
  // (or after "Show all"): it waits for the list's first page, which those reads would hold back (bench).
  const [listShown, setListShown] = useState(false);
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
        {route.page === 'person' && settings && now !== null && <PersonPage key={route.id} id={route.id} nudge={route.nudge} action={route.action} settings={settings} now={now} />}
        {route.page === 'data' && settings && <DataTools settings={settings} />}
      </main>
    </div>
  );
}
