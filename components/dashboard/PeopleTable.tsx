import { useMemo } from 'preact/hooks';
import { nextStep } from '../../lib/next-step/next-step';
import type { Settings } from '../../lib/settings/schema';
import { myTimeZone } from '../../lib/shared/settings-store';
import type { Person } from '../../lib/tracker/schema';
import { displayName } from '../../lib/tracker/state';
import { StatusBadge } from '../StatusBadge';
import { personRoute } from './use-route';
import { dateFormat } from '../../lib/date-format';

const dayMonth = dateFormat(undefined, { day: 'numeric', month: 'short' });

const ago = (now: number, at: number) => {
  const d = Math.floor((now - at) / 86_400_000);
  return d <= 0 ? 'today' : d === 1 ? 'yesterday' : `${d} days ago`;
};
const day = (ms: number) => dayMonth().format(ms);

/**
 * One page of people with each one's next step and when it is due. The rows are worked out once
 * per page of people (and tick of `now`), not again when the counts, tags or search rows arrive.
 */
export function PeopleTable({ people, now, settings, sort }: { people: Person[]; now: number; settings: Settings; sort: string }) {
  const rows = useMemo(() => {
    const zone = myTimeZone(settings);
    return people.map((p) => {
      const step = nextStep(p, now, settings, zone);
      return (
        <tr key={p.id}>
          <td><a href={personRoute(p.id)}>{p.name || displayName(p)}</a></td>
          <td>{p.company}</td>
          <td><StatusBadge stage={p.stage} /></td>
          <td>{step.title}</td>
          <td>{step.due ? <strong>Now</strong> : step.dueAt !== undefined && step.dueAt > now ? day(step.dueAt) : <span class="muted">—</span>}</td>
          <td>{ago(now, p.lastStepAt)}</td>
        </tr>
      );
    });
  }, [people, now, settings]);
  return (
    <table class="people">
      <caption class="sr-only">People</caption>
      <thead><tr>
        <th scope="col" aria-sort={sort === 'name' ? 'ascending' : undefined}>Name</th><th scope="col">Company</th><th scope="col">Stage</th>
        <th scope="col">Next step</th><th scope="col">Due</th>
        <th scope="col" aria-sort={sort === 'recent' ? 'descending' : undefined}>Last activity</th>
      </tr></thead>
      <tbody>{rows}</tbody>
    </table>
  );
}
