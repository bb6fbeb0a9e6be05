import { useEffect, useRef, useState } from 'preact/hooks';
import type { Settings } from '../../lib/settings/schema';
import { getDb } from '../../lib/shared/tracker-db';
import { allTags, countByStage, listPeople, stagesTotal, type ListQuery, type ListResult } from '../../lib/tracker/queries';
import { STAGES, type Channel, type Stage } from '../../lib/tracker/schema';
import { searchRows } from '../../lib/tracker/search-rows';
import { CHANNEL_LABELS } from '../ChannelSwitch';
import { useLiveQuery } from '../hooks/use-live-query';
import { STAGE_LABELS } from '../StatusBadge';
import { PeopleTable } from './PeopleTable';

const PAGE = 50;
type Sort = NonNullable<ListQuery['sort']>;
const SORTS: Record<Sort, string> = { recent: 'Latest activity', name: 'Name', created: 'Newest first' };

/** The filters as the URL keeps them (#/?q=…&stage=…), so Back and a reload bring them back. */
function fromUrl() {
  const p = new URLSearchParams(location.hash.split('?')[1] ?? '');
  const stage = p.get('stage');
  const channel = p.get('channel');
  const sort = p.get('sort');
  return {
    q: p.get('q') ?? '',
    stage: STAGES.includes(stage as Stage) ? (stage as Stage) : undefined,
    channel: channel && channel in CHANNEL_LABELS ? (channel as Channel) : undefined,
    tag: p.get('tag') ?? undefined,
    sort: sort && sort in SORTS ? (sort as Sort) : 'recent',
    page: Math.max(0, Number(p.get('page')) || 0),
  };
}

/**
 * People by stage, with counts; search as you type; filters; sorting; each person's next step and
 * when it is due. Pages of 50 keep it instant at 10,000 people; the next step is worked
 * out only for the page shown.
 */
export function Pipeline({ now, settings, onShown }: { now: number; settings: Settings; onShown?: () => void }) {
  const [init] = useState(fromUrl);
  const [q, setQ] = useState(init.q);
  const [stage, setStage] = useState<Stage | undefined>(init.stage);
  const [channel, setChannel] = useState<Channel | undefined>(init.channel);
  const [tag, setTag] = useState<string | undefined>(init.tag);
  const [sort, setSort] = useState<Sort>(init.sort);
  const [page, setPage] = useState(init.page);
  useEffect(() => {
    const p = new URLSearchParams();
    if (q) p.set('q', q);
    if (stage) p.set('stage', stage);
    if (channel) p.set('channel', channel);
    if (tag) p.set('tag', tag);
    if (sort !== 'recent') p.set('sort', sort);
    if (page) p.set('page', String(page));
    const hash = `#/${p.size ? `?${p}` : ''}`;
    // Replaced, not pushed: typing doesn't fill the history, and Back from a person lands here as left.
    if (location.hash !== hash && !(hash === '#/' && (location.hash === '' || location.hash === '#'))) history.replaceState(null, '', hash);
  }, [q, stage, channel, tag, sort, page]);
  const query: ListQuery = { q, stage, channel, tag, sort, offset: page * PAGE, limit: PAGE, countsLater: true };
  // Every summary, for searching as you type without a read per keystroke: read in pieces once the
  // first page shows (that one comes straight from the indexes), or at once when the page opens on a
  // search; live like everything else.
  const [shown, setShown] = useState(false);
  const needsRows = !!(q.trim() || channel || tag) || sort === 'name';
  const rows = useLiveQuery(() => (shown || needsRows ? searchRows(getDb()) : undefined), [shown || needsRows]).value;
  // A keystroke before the rows are in waits for them (the list stays as it was) rather than reading all of them a second time.
  const waiting = needsRows && !rows;
  const { value: fresh, error } = useLiveQuery(() => (waiting ? undefined : listPeople(getDb(), query, needsRows ? rows : undefined)), [q, stage, channel, tag, sort, page, needsRows && rows, waiting]);
  // The live query says undefined while it waits: the page shown stays until the new one is in.
  const last = useRef<ListResult | undefined>(undefined);
  if (fresh) last.current = fresh;
  const got = fresh ?? last.current;
  // The first page comes without its counts (an index count walks the index): they follow once it shows.
  const later = useLiveQuery(() => (shown && got?.partial ? countByStage(getDb()) : undefined), [shown, !!got?.partial]).value;
  const result = got?.partial && later ? { ...got, counts: later, total: stagesTotal(later, stage ? new Set([stage]) : null), partial: undefined } : got;
  const counted = result !== undefined && !result.partial;
  const tags = useLiveQuery(() => (shown ? allTags(getDb()) : undefined), [shown]).value ?? [];
  const reset = <T,>(set: (v: T) => void) => (v: T) => {
    set(v);
    setPage(0);
  };
  const total = result?.total ?? 0;
  const empty = result !== undefined && (counted ? total === 0 : page === 0 && result.people.length === 0);
  // After deletions the page can fall past the end ("51–50 of 50"): step back to the last one.
  useEffect(() => {
    if (result && counted && page > 0 && page * PAGE >= total) setPage(Math.max(0, Math.ceil(total / PAGE) - 1));
  }, [result, counted, page, total]);
  const count = (n: number) => (counted ? ` (${n})` : '');
  // `npm run bench` reads this mark: the dashboard's first render.
  useEffect(() => void (result && (performance.mark('coffee-chat:list-visible'), setShown(true), onShown?.())), [!!result]);

  // Nobody tracked at all: the first steps, not nine empty filters.
  const nobody = empty && !q && !stage && !channel && !tag;
  return (
    <section class="pipeline" aria-labelledby="pipeline-h">
      <h1 id="pipeline-h">People</h1>
      {!nobody && <>
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
        <label class="sr-only" for="sort">Sort by</label>
        <select id="sort" value={sort} onChange={(e) => reset(setSort)(e.currentTarget.value as Sort)}>
          {(Object.keys(SORTS) as Sort[]).map((k) => <option key={k} value={k}>Sort: {SORTS[k]}</option>)}
        </select>
      </div>
      <div class="row stage-tabs" role="group" aria-label="Stage">
        <button type="button" aria-pressed={!stage} onClick={() => reset(setStage)(undefined)}>
          All{count(result ? Object.values(result.counts).reduce((a, b) => a + b, 0) : 0)}
        </button>
        {STAGES.map((s) => (
          <button key={s} type="button" aria-pressed={stage === s} onClick={() => reset(setStage)(s)}>
            {STAGE_LABELS[s]}{count(result?.counts[s] ?? 0)}
          </button>
        ))}
      </div>
      </>}
      {error && <p class="error" role="alert">Could not read your data: {error.message}</p>}
      {empty && (q || stage || channel || tag ? (
        <p class="empty muted">Nobody matches. <button type="button" class="linklike" onClick={() => (setQ(''), setStage(undefined), setChannel(undefined), setTag(undefined), setPage(0))}>Clear the filters</button></p>
      ) : (
        <div class="empty card">
          <p><strong>No one yet.</strong> Your first ask takes a minute:</p>
          <ol>
            <li><a href="/welcome.html">Tell Coffee Chat about you</a>: your goal makes every draft specific.</li>
            <li>Open the LinkedIn profile of someone whose path you'd like to learn from, and click Coffee Chat in the toolbar.</li>
            <li>Copy the draft, send it on LinkedIn, and press Mark as sent: they appear here, with their next step.</li>
          </ol>
          <p class="muted">Moving from another computer? <a href="#/data">Import your data</a>.</p>
        </div>
      ))}
      {result && !empty && (
        <>
          <PeopleTable people={result.people} now={now} settings={settings} sort={sort} />
          <div class="row pager">
            <button type="button" disabled={page === 0} onClick={() => setPage(page - 1)}>Previous</button>
            <span role="status">{page * PAGE + 1}–{page * PAGE + result.people.length}{counted ? ` of ${total}` : ''}</span>
            <button type="button" disabled={counted ? (page + 1) * PAGE >= total : result.people.length < PAGE} onClick={() => setPage(page + 1)}>Next</button>
          </div>
        </>
      )}
    </section>
  );
}
