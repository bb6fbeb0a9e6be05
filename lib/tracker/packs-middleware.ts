import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import { applyToPack, packChanges, PACKS_TABLE, type PackRow } from './packs';
import type { Person } from './schema';

/**
 * Keeps the packs (packs.ts) in step with the people table below Dexie's API, so every writer
 * (the tracker's steps, import, undo, deletes, the bench's and tests' raw bulkAdd) updates them
 * in the same transaction, and a failed write leaves both as they were. Every read-write
 * transaction over people is widened to the packs table for that.
 */
export const packsMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'CoffeeChatPacks',
  create: (down) => ({
    ...down,
    transaction: (stores, mode, options) =>
      down.transaction(mode === 'readwrite' && stores.includes('people') && !stores.includes(PACKS_TABLE) ? [...stores, PACKS_TABLE] : stores, mode, options),
    table: (name) => {
      const table = down.table(name);
      if (name !== 'people') return table;
      return {
        ...table,
        mutate: async (req) => {
          const ranged = req.type === 'deleteRange' ? await keysIn(table, req) : [];
          const res = await table.mutate(req);
          const changes = changedPeople(req, res, ranged);
          if (changes.size) await serially(req.trans, () => writePacks(down.table(PACKS_TABLE), req.trans, changes));
          return res;
        },
      };
    },
  }),
};

async function keysIn(table: DBCoreTable, req: DBCoreMutateRequest & { type: 'deleteRange' }): Promise<string[]> {
  const { result } = await table.query({ trans: req.trans, query: { index: table.schema.primaryKey, range: req.range }, values: false });
  return result as string[];
}

/** Person id → the person as now stored, or null when deleted; failed operations change nothing. */
function changedPeople(req: DBCoreMutateRequest, res: DBCoreMutateResponse, ranged: string[]): Map<string, Person | null> {
  const out = new Map<string, Person | null>();
  if (req.type === 'add' || req.type === 'put') {
    req.values.forEach((p: Person, i) => void (res.failures[i] === undefined && out.set(p.id, p)));
  } else {
    for (const id of req.type === 'delete' ? req.keys : ranged) out.set(id as string, null);
  }
  return out;
}

async function writePacks(packs: DBCoreTable, trans: DBCoreTransaction, changes: Map<string, Person | null>): Promise<void> {
  const byKey = packChanges(changes);
  const keys = [...byKey.keys()];
  const stored: (PackRow | undefined)[] = await packs.getMany({ trans, keys });
  const values = keys.map((key, i) => applyToPack(key, stored[i], byKey.get(key)!));
  const res = await packs.mutate({ trans, type: 'put', values, keys });
  if (res.numFailures) throw Object.values(res.failures)[0];
}

/**
 * Pack updates read, change and write a record; two people written at once in one transaction
 * (Promise.all of puts) would each read the old pack and the second would undo the first.
 * So each transaction's pack updates run one after another.
 */
const queues = new WeakMap<DBCoreTransaction, Promise<unknown>>();
function serially(trans: DBCoreTransaction, fn: () => Promise<void>): Promise<void> {
  const run = (queues.get(trans) ?? Promise.resolve()).then(fn, fn);
  queues.set(trans, run.catch(() => undefined));
  return run;
}
