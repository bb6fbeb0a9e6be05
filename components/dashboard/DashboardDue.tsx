import { loadDueNow } from '../../lib/nudges/due-now';
import type { Settings } from '../../lib/settings/schema';
import { getDb } from '../../lib/shared/tracker-db';
import { DueList } from '../DueList';
import { useLiveQuery } from '../hooks/use-live-query';

/** "Due now" atop the dashboard, re-read on each tick of `now` and on every change. */
export function DashboardDue({ settings, now, onOpen }: { settings: Settings; now: number; onOpen: (id: string, kind: string) => void }) {
  const due = useLiveQuery(() => loadDueNow(getDb(), now, settings), [now, settings]);
  if (due.error) return <p class="error" role="alert">Couldn't check what's due: {due.error.message}</p>;
  return <DueList due={due.value} onOpen={onOpen} />;
}
