// An import of any size, all or nothing, under the function's time budget: stage, then switch.
// One call cannot write thousands of units at CloudBase's ≈ 15 ms a round trip inside the api
// function's timeout (server/cloud/limits.ts; a function is cut off there, and what it wrote outside
// a committed transaction stays written). So an import is a job (`rosterImports/rosterImport:<opId>`)
// that moves by compare-and-set through phases, each chunk small enough for the budget (budget.ts):
//   1. start: one transaction takes the roster's lock (`meta/roster.importing`, one import at a
//      time: a second answers 409) and a fresh version number, and writes the job;
//   2. staging: holders, then buildings, then units, 100 at a time, each chunk written only where
//      missing (a cut chunk is found and finished), units and new buildings tagged with the version:
//      invisible, since readers keep only live versions (rosterVersion.ts);
//   3. the switch: `meta/roster.live` becomes the version, in one transaction with the job's state
//      and the import's event; that one document decides what every reader sees, so the roster
//      is the whole old one or the whole new one;
//   4. clean-up: buildings that gained units fold them into their count, then the lock is released.
//      A job whose file is gone is marked failed and its staged documents are removed, 100 a call,
//      before the lock is released (a failed version number is never used again).
// Each call (the screen's press with the same operation id) and the jobs timer
// (continueRosterImports) take it further from wherever the last one stopped.
import type { Ctx, Deps } from '../../context';
import { eventDoc } from '../../events';
import { conflict } from '../../errors';
import { StoreError, type Doc } from '../../../store/port';
import { JOBS_BUDGET_OPS, workBudget, type WorkBudget } from '../../budget';
import type { HeadDecision } from '../../../../src/domain/rosterHeads';
import type { BuildingDoc } from '../../model';
import { emptyRosterMeta, ROSTER_META_ID, rosterMeta, type RosterMetaDoc } from './rosterVersion';
import type { ImportSummary, RosterDocs } from './rosterDocs';
import { peopleRefusals, peopleServerText } from '../../../../src/copy/people';

export type ImportStatus = 'staging' | 'switched' | 'failed' | 'done' | 'abandoned';

/** `rosterImport:<opId>`: one import job; a retry of the same import finds it and answers as it stands. */
export interface RosterImportDoc extends ImportSummary {
  _id: string;
  status: ImportStatus;
  version: number;
  fileId: string;
  fileName: string;
  decisions: Record<string, HeadDecision>;
  byUserId: string;
  startedAt: string;
  /** Where the file's new buildings go in the compound's order. */
  orderBase: number;
  /** Holders and units written so far (file order), and whether the buildings are. */
  holdersStaged: number;
  buildingsStaged: boolean;
  staged: number;
  /** When the switch made it live. */
  at?: string;
  [key: string]: unknown;
}

export const rosterImportId = (opId: string) => `rosterImport:${opId}`;

const CHUNK = 100;
/** Store failures (CloudBase answers some calls with errors or timeouts) a call takes a step again after. */
const STEP_RETRIES = 3;

/** Flats done of the whole (holders and units both take work; the flats show once all are staged and switched). */
export const progressOf = (job: RosterImportDoc) => ({
  done: job.status === 'staging' ? Math.floor((job.imported * (job.holdersStaged + job.staged)) / Math.max(1, job.holders + job.imported)) : job.imported,
  total: job.imported,
});

/** The ids among `ids` that exist in `collection`, 100 a read. */
export async function existing(ctx: Pick<Ctx, 'store'>, collection: string, ids: string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (let i = 0; i < ids.length; i += CHUNK) {
    const page = await ctx.store.find<Doc>(collection, { where: { _id: { $in: ids.slice(i, i + CHUNK) } }, limit: CHUNK });
    for (const d of page) found.add(d._id);
  }
  return found;
}

/** 409 naming the import under way, with how far it got. */
async function busy(ctx: Pick<Ctx, 'store'>, jobId: string): Promise<never> {
  const job = await ctx.store.get<RosterImportDoc>('rosterImports', jobId);
  const p = job ? progressOf(job) : null;
  const far = p ? peopleServerText.importProgress(job!.fileName, p.done, p.total) : '';
  throw conflict(peopleRefusals.anotherImportRunning(far), { importing: p });
}

/** Refuses at once when another import holds the lock (before the file is checked line by line). */
export async function assertNoOtherImport(ctx: Pick<Ctx, 'store'>, jobId: string): Promise<void> {
  const meta = await rosterMeta(ctx);
  if (meta.importing && meta.importing !== jobId) await busy(ctx, meta.importing);
}

/** Takes the lock and a version, and writes the job; the job as it stands when it already exists. */
export async function startImport(ctx: Ctx, jobId: string, docs: RosterDocs, file: { fileId: string; fileName: string; decisions: Record<string, HeadDecision> }): Promise<RosterImportDoc> {
  const orderBase = (await ctx.store.count('buildings')) + 1;
  const startedAt = ctx.clock.now().toISOString();
  const result = await ctx.store.transaction(async (tx) => {
    const meta = (await tx.get<RosterMetaDoc>('meta', ROSTER_META_ID)) ?? emptyRosterMeta();
    const mine = await tx.get<RosterImportDoc>('rosterImports', jobId);
    if (mine) return { job: mine };
    if (meta.importing) return { other: meta.importing };
    const version = meta.last + 1;
    const job: RosterImportDoc = {
      _id: jobId,
      status: 'staging',
      version,
      ...file,
      byUserId: ctx.caller?.userId ?? 'system',
      startedAt,
      orderBase,
      holdersStaged: 0,
      buildingsStaged: false,
      staged: 0,
      ...docs.summary,
    };
    await tx.set('meta', { ...meta, last: version, importing: jobId });
    await tx.insert('rosterImports', job);
    return { job };
  });
  if ('other' in result) return busy(ctx, result.other!);
  return result.job;
}

/** Writes the documents of `docs` that are not there yet (a cut chunk is finished, never doubled). */
async function insertMissing(ctx: Pick<Ctx, 'store'>, collection: string, docs: Doc[]): Promise<void> {
  const have = await existing(ctx, collection, docs.map((d) => d._id));
  const missing = docs.filter((d) => !have.has(d._id));
  if (missing.length === 0) return;
  try {
    await ctx.store.insertMany(collection, missing);
  } catch (error) {
    if (!(error instanceof StoreError && error.code === 'duplicate')) throw error;
    // Another call of the same job wrote some meanwhile: add the rest one by one.
    for (const doc of missing) await ctx.store.insert(collection, doc).catch((e: unknown) => {
      if (!(e instanceof StoreError && e.code === 'duplicate')) throw e;
    });
  }
}

type Step = { next: Partial<RosterImportDoc> } | { wait: true };

/** One step of the job from where it stands: what it moves the job to, or that the budget is spent. */
async function step(ctx: Ctx, job: RosterImportDoc, docs: RosterDocs | null, budget: WorkBudget): Promise<Step> {
  const v = job.version;
  if (job.status === 'staging' && docs) {
    if (job.holdersStaged < docs.holders.length) {
      const chunk = docs.holders.slice(job.holdersStaged, job.holdersStaged + CHUNK);
      if (!budget.allows(chunk.length + 4)) return { wait: true };
      await insertMissing(ctx, 'holders', chunk);
      return { next: { holdersStaged: job.holdersStaged + chunk.length } };
    }
    if (!job.buildingsStaged) {
      if (!budget.allows(2 * docs.buildings.length + 4)) return { wait: true };
      await stageBuildings(ctx, job, docs);
      return { next: { buildingsStaged: true } };
    }
    if (job.staged < docs.units.length) {
      const chunk = docs.units.slice(job.staged, job.staged + CHUNK).map((u) => ({ ...u, rosterVersion: v }));
      if (!budget.allows(chunk.length + 4)) return { wait: true };
      await insertMissing(ctx, 'units', chunk);
      return { next: { staged: job.staged + chunk.length } };
    }
    if (!budget.allows(8)) return { wait: true };
    await switchOn(ctx, job);
    return { next: {} };
  }
  if (job.status === 'switched') {
    if (!budget.allows(2 * CHUNK + 6)) return { wait: true };
    if (await foldCounts(ctx, job)) return { next: {} };
    await release(ctx, job, 'done');
    return { next: {} };
  }
  // failed: remove what it staged, 100 a step, then let the next import in.
  if (!budget.allows(2 * CHUNK + 6)) return { wait: true };
  const units = await ctx.store.find<Doc>('units', { where: { rosterVersion: v }, limit: CHUNK });
  const buildings = units.length ? [] : await ctx.store.find<Doc>('buildings', { where: { rosterVersion: v }, limit: CHUNK });
  for (const d of units) await ctx.store.remove('units', d._id);
  for (const d of buildings) await ctx.store.remove('buildings', d._id);
  if (units.length || buildings.length) return { next: {} };
  for (const b of await ctx.store.find<Doc>('buildings', { where: { stagedVersion: v }, limit: CHUNK })) await ctx.store.updateIf('buildings', b._id, { stagedVersion: v }, { stagedVersion: null, stagedUnits: 0 });
  await release(ctx, job, 'abandoned');
  return { next: {} };
}

/** New buildings tagged with the version; existing ones told how many units wait for it. */
async function stageBuildings(ctx: Ctx, job: RosterImportDoc, docs: RosterDocs): Promise<void> {
  const have = new Map<string, BuildingDoc>();
  for (let i = 0; i < docs.buildings.length; i += CHUNK) {
    const ids = docs.buildings.slice(i, i + CHUNK).map((b) => b._id);
    for (const b of await ctx.store.find<BuildingDoc>('buildings', { where: { _id: { $in: ids } }, limit: CHUNK })) have.set(b._id, b);
  }
  const fresh: BuildingDoc[] = [];
  for (const [i, b] of docs.buildings.entries()) {
    const n = docs.counts.get(b._id) ?? 0;
    const old = have.get(b._id);
    if (!old) fresh.push({ ...b, order: job.orderBase + i, unitCount: n, rosterVersion: job.version });
    else if (old.rosterVersion !== job.version && old.stagedVersion !== job.version) await ctx.store.update('buildings', b._id, { stagedVersion: job.version, stagedUnits: n });
  }
  if (fresh.length) await insertMissing(ctx, 'buildings', fresh);
}

/** The switch: the roster pointer names this version, with the job's state and the event, all at once. */
async function switchOn(ctx: Ctx, job: RosterImportDoc): Promise<void> {
  const at = ctx.clock.now().toISOString();
  await ctx.store.transaction(async (tx) => {
    const meta = (await tx.get<RosterMetaDoc>('meta', ROSTER_META_ID)) ?? emptyRosterMeta();
    if (meta.importing !== job._id) throw new Error(`roster lock is ${meta.importing}, not ${job._id}`);
    await tx.set('meta', { ...meta, live: Math.max(meta.live, job.version) });
    await tx.update('rosterImports', job._id, { status: 'switched', at });
    const summary = { imported: job.imported, buildings: job.buildings, holders: job.holders, dryRun: false };
    await tx.insert('events', eventDoc(ctx, 'roster.imported', 'roster', { fileName: job.fileName, ...summary, at, version: job.version }));
  });
}

/** Units staged for a live version now count in their building's `unitCount`, 100 buildings a step; false when none is left. */
async function foldCounts(ctx: Ctx, job: RosterImportDoc): Promise<boolean> {
  const page = await ctx.store.find<BuildingDoc>('buildings', { where: { stagedVersion: job.version }, limit: CHUNK });
  for (const b of page) {
    // Expecting the version: a second call of the same job folding the same building finds it done.
    await ctx.store.updateIf('buildings', b._id, { stagedVersion: job.version }, { unitCount: Number(b.unitCount ?? 0) + Number(b.stagedUnits ?? 0), stagedVersion: null, stagedUnits: 0 });
  }
  return page.length > 0;
}

async function release(ctx: Ctx, job: RosterImportDoc, status: 'done' | 'abandoned'): Promise<void> {
  await ctx.store.transaction(async (tx) => {
    const meta = (await tx.get<RosterMetaDoc>('meta', ROSTER_META_ID)) ?? emptyRosterMeta();
    if (meta.importing === job._id) await tx.set('meta', { ...meta, importing: null });
    await tx.update('rosterImports', job._id, { status });
  });
}

const isUnavailable = (error: unknown) => error instanceof StoreError && error.code === 'unavailable';

/**
 * Takes the job as far as the budget allows and returns it as it then stands. A step that fails on
 * a store error is taken again (every step is idempotent); after a few, the job waits for the next
 * call or the jobs rather than fail half-way.
 */
export async function advanceImport(ctx: Ctx, jobId: string, docs: RosterDocs | null, budget: WorkBudget = workBudget(ctx.store)): Promise<RosterImportDoc> {
  const load = async () => (await ctx.store.get<RosterImportDoc>('rosterImports', jobId))!;
  let job = await load();
  let failures = 0;
  while (job.status === 'staging' || job.status === 'switched' || job.status === 'failed') {
    try {
      if (!docs && job.status === 'staging') return job;
      const next = await step(ctx, job, docs, budget);
      if ('wait' in next) return job;
      const moved = Object.keys(next.next).length
        ? await ctx.store.updateIf<RosterImportDoc>('rosterImports', job._id, { status: job.status, holdersStaged: job.holdersStaged, staged: job.staged, buildingsStaged: job.buildingsStaged }, next.next)
        : null;
      job = moved ?? (await load());
    } catch (error) {
      if (!isUnavailable(error)) throw error;
      if (++failures > STEP_RETRIES) return job;
      job = await load();
    }
  }
  return job;
}

/** The file of a job under way is gone: stop it; its staged documents go (advanceImport's failed step). */
export async function failImport(ctx: Pick<Ctx, 'store'>, job: RosterImportDoc): Promise<void> {
  if (job.status === 'staging') await ctx.store.updateIf('rosterImports', job._id, { status: 'staging' }, { status: 'failed' });
}

/** The jobs timer: imports left part-way (the committee closed the screen, a call was cut off). */
export async function continueRosterImports(deps: Deps, docsOf: (ctx: Ctx, job: RosterImportDoc) => Promise<RosterDocs | null>): Promise<number> {
  const ctx: Ctx = { ...deps, caller: null };
  const budget = workBudget(ctx.store, JOBS_BUDGET_OPS);
  const open = await ctx.store.find<RosterImportDoc>('rosterImports', { where: { status: { $in: ['staging', 'switched', 'failed'] } }, limit: 10 });
  let finished = 0;
  for (const job of open) {
    if (!budget.allows(10)) break;
    const docs = await docsOf(ctx, job);
    if (!docs && job.status === 'staging') await failImport(ctx, job);
    const after = await advanceImport(ctx, job._id, docs, budget);
    if (after.status === 'done' || after.status === 'abandoned') finished++;
  }
  return finished;
}
