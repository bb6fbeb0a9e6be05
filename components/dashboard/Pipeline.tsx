import { useEffect, useState } from 'preact/hooks';
import { getDb } from '../../lib/shell/db';
import { allTags, displayName, listPeople, type ListQuery } from '../../lib/tracker';
import { STAGES, type Channel, type Stage } from '../../lib/tracker/schema';
import { CHANNEL_LABELS } from '../ChannelSwitch';
import { useLiveQuery } from '../hooks/use-live-query';
import { STAGE_LABELS, StatusBadge } from '../StatusBadge';
import { personRoute } from './use-route';

const PAGE = 50;
const ago = (now: number, at: number) => {
  const d = Math.floor((now - at) / 86_400_000);
  return d <= 0 ? 'today' : d === 1 ? 'yesterday' : `${d} days ago`;
};

/**
 * People by stage, with counts; search as you type; filters; newest activity first.
 * Pages of 50 keep it instant at 10,000 people (issue 5).
 */
export function Pipeline({ now }: { now: number }) {
  const [q, setQ] = useState('');
  const [stage, setStage] = useState<Stage | undefined>();
  const [channel, setChannel] = useState<Channel | undefined>();
  const [tag, setTag] = useState<string | undefined>();
  const [page, setPage] = useState(0);
  const query: ListQuery = { q, stage, channel, tag, sort: 'recent', offset: page * PAGE, limit: PAGE };
  const { value: result, error } = useLiveQuery(() => listPeople(getDb(), query), [q, stage, channel, tag, page]);
  const tags = useLiveQuery(() => allTags(getDb()), []).value ?? [];
  const reset = <T,>(set: (v: T) => void) => (v: T) => {
    set(v);
    setPage(0);
  };
  const total = result?.total ?? 0;
  // After deletions the page can fall past the end ("51–50 of 50"): step back to the last one.
  useEffect(() => {
    if (result && page > 0 && page * PAGE >= total) setPage(Math.max(0, Math.ceil(total / PAGE) - 1));
  }, [result, page, total]);
  // `npm run bench` reads this mark: the dashboard's first render (issue 5).
  useEffect(() => void (result && performance.mark('coffee-chat:list-visible')), [!!result]);

  return (
    <section class="pipeline" aria-labelledby="pipeline-h">
      <h1 id="pipeline-h">People</h1>
      <div class="row filters">
        <label class="sr-only" for="search">Search people</label>
        <input id="search" type="search" placeholder="Search by name, company or note" value={q} onInput={(e) => reset(setQ)(e.currentTarget.value)} />
        <label class="sr-only" for="channel-filter">Channel</label>
        <select id="channel-filter" value={channel ?? ''} onChange={(e) => reset(setChannel)((e.currentTarget.value || undefined) as Channel | undefined)}>
          <option value="">All channels</option>
          {(Object.keys(CHANNEL_LABELS) as Channel[]).map((c) => <option key={c} value={c}>{CHANNEL_LABELS[c]}</option>)}
        </select>
        {tags.length > 0 && (
          <>
            <label class="sr-only" for="tag-filter">Tag</label>
            <select id="tag-filter" value={tag ?? ''} onChange={(e) => reset(setTag)(e.currentTarget.value || undefined)}>
              <option value="">All tags</option>
              {tags.map((t) => <option key={t} value={t}>{t}</option>)}
            </select>
          </>
        )}
      </div>
      <div class="row stage-tabs" role="group" aria-label="Stage">
        <button type="button" aria-pressed={!stage} onClick={() => reset(setStage)(undefined)}>
          All ({result ? Object.values(result.counts).reduce((a, b) => a + b, 0) : 0})
        </button>
        {STAGES.map((s) => (
          <button key={s} type="button" aria-pressed={stage === s} onClick={() => reset(setStage)(s)}>
            {STAGE_LABELS[s]} ({result?.counts[s] ?? 0})
          </button>
        ))}
      </div>
      {error && <p class="error" role="alert">Could not read your data: {error.message}</p>}
      {result && total === 0 && (
        <p class="empty muted">
          {q || stage || channel || tag ? 'Nobody matches.' : 'No one yet. Open Coffee Chat on a LinkedIn profile to write your first ask.'}
        </p>
      )}
      {result && total > 0 && (
        <>
          <table class="people">
            <caption class="sr-only">People</caption>
            <thead><tr><th scope="col">Name</th><th scope="col">Company</th><th scope="col">Stage</th><th scope="col">Last activity</th></tr></thead>
            <tbody>
              {result.people.map((p) => (
                <tr key={p.id}>
                  <td><a href={personRoute(p.id)}>{p.name || displayName(p)}</a></td>
                  <td>{p.company}</td>
                  <td><StatusBadge stage={p.stage} /></td>
                  <td>{ago(now, p.lastStepAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div class="row pager">
            <button type="button" disabled={page === 0} onClick={() => setPage(page - 1)}>Previous</button>
            <span role="status">{page * PAGE + 1}–{Math.min(total, (page + 1) * PAGE)} of {total}</span>
            <button type="button" disabled={(page + 1) * PAGE >= total} onClick={() => setPage(page + 1)}>Next</button>
          </div>
        </>
      )}
    </section>
  );
}
