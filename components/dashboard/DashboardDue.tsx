import { useState } from 'preact/hooks';
import { loadDueNow } from '../../lib/nudges/due-now';
import { loadDueSet } from '../../lib/nudges/indexed';
import type { Settings } from '../../lib/settings/schema';
import { getDb } from '../../lib/shared/tracker-db';
import { DueList } from '../DueList';
import { useLiveQuery } from '../hooks/use-live-query';

/** "Due now" atop the dashboard, re-read on each tick of `now` and on every change. */
export function DashboardDue({ settings, now, onOpen }: { settings: Settings; now: number; onOpen: (id: string, kind: string) => void }) {
  // The count and the oldest few from the index; every due person only once "Show all" asks.
  const [all, setAll] = useState(false);
  const due = useLiveQuery(
    () => (all ? loadDueNow(getDb(), now, settings).then((items) => ({ count: items.length, items })) : loadDueSet(getDb(), now, settings)),
    [now, settings, all],
  );
  if (due.error) return <p class="error" role="alert">Couldn't check what's due: {due.error.message}</p>;
  return <DueList due={due.value} onOpen={onOpen} onShowAll={setAll} />;
}
