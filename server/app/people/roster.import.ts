// roster.import: the committee imports the owners' roster (.xlsx, or CSV saved from Excel, UTF-8 or
// GBK), of any size. The file travels through cloud storage and the call carries only its id
// (rosterFile.ts). All or nothing: any bad line, or a room already in the roster, refuses the whole
// file with every problem listed by line number; and the roster appears whole or not at all, even
// when a big one takes several calls (rosterStaging.ts: stage, then switch in one write). The
// screen sends the same file id with the same operation id while the answer says `importing`, and
// shows how far it got; the jobs timer finishes an import nobody pressed on. While one import is
// under way another answers 409. Heads (who is one owner) are planned by rosterPlan.ts: the dry
// run lists the namesakes for the committee to decide, and the import needs every answer.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { callerOf, defineAction } from '../action';
import { text } from '../../../src/domain/fields';
import type { Ctx } from '../context';
import { opIdField } from '../opId';
import { workBudget } from '../budget';
import { readRosterFile, refuseRosterLines, RosterFileGone, rosterFileIdInput } from './helpers/rosterFile';
import { rosterDocs, unitIdFor, unitLabelFor, type RosterDocs } from './helpers/rosterDocs';
import { advanceImport, assertNoOtherImport, existing, failImport, progressOf, rosterImportId, startImport, type RosterImportDoc } from './helpers/rosterStaging';
import { assertDecided, decisionsInput, planImport } from './helpers/rosterPlan';
import { allowed } from '../../../src/domain/permissions';
import { peopleFields, peopleServerText, peopleSummaries } from '../../../src/copy/people';

export { buildingIdFor, holderIdFor, unitIdFor, unitLabelFor } from './helpers/rosterDocs';

/** The documents of a job's file, rebuilt as at its start (its file and decisions); null when the file is gone. */
export async function jobDocs(ctx: Ctx, job: RosterImportDoc): Promise<RosterDocs | null> {
  try {
    const rows = await readRosterFile(ctx, job.fileId);
    return rosterDocs(rows, planImport(rows, job.decisions, unitLabelFor).keys);
  } catch (error) {
    if (error instanceof RosterFileGone) return null;
    throw error;
  }
}

function answer(job: RosterImportDoc) {
  const summary = { imported: job.imported, buildings: job.buildings, holders: job.holders, dryRun: false };
  // A record without a status was written by a finished import before jobs had phases.
  if (!job.status || job.status === 'done' || job.status === 'switched') return { status: 'done' as const, ...summary };
  return { status: 'importing' as const, progress: progressOf(job), ...summary };
}

export const importRoster = defineAction({
  name: 'roster.import',
  summary: peopleSummaries['roster.import'],
  input: z
    .object({
      fileId: rosterFileIdInput,
      fileName: text(peopleFields.fileName, { max: 200 }),
      dryRun: z.boolean().optional(),
      /** Names this import: a big roster takes several calls (rosterStaging.ts), each with the same file and id. */
      opId: opIdField,
      /** The committee's answer per namesake group: same person or different people (rosterPlan.ts). */
      decisions: decisionsInput,
    })
    .strict(),
  roles: allowed('roster.import'),
  async run(ctx, input) {
    const caller = callerOf(ctx);
    const budget = workBudget(ctx.store);
    // Without an operation id the file names the import: sending the same upload again is a retry.
    const jobId = rosterImportId(input.opId ?? `file-${createHash('sha256').update(input.fileId).digest('hex').slice(0, 32)}`);
    if (!input.dryRun) {
      // The same import again (the next press, or its answer was lost): take it further from where it is.
      const job = await ctx.store.get<RosterImportDoc>('rosterImports', jobId);
      if (job) {
        const docs = job.status === 'staging' ? await jobDocs(ctx, job) : null;
        if (!docs && job.status === 'staging') await failImport(ctx, job);
        const now = !job.status || job.status === 'done' ? job : await advanceImport(ctx, jobId, docs, budget);
        if (now.status === 'failed' || now.status === 'abandoned') throw new RosterFileGone();
        return answer(now);
      }
      await assertNoOtherImport(ctx, jobId);
    }

    const rows = await readRosterFile(ctx, input.fileId, { openid: caller.openid });
    const present = await existing(ctx, 'units', rows.map((row) => unitIdFor(row)));
    const clashes = rows.flatMap((row) => (present.has(unitIdFor(row)) ? [{ line: row.line, reason: peopleServerText.unitAlreadyInRoster(unitLabelFor(row)) }] : []));
    if (clashes.length) refuseRosterLines(clashes);

    const planned = planImport(rows, input.decisions, unitLabelFor);
    if (!input.dryRun) assertDecided(planned);
    const docs = rosterDocs(rows, planned.keys);
    const summary = { ...docs.summary, dryRun: !!input.dryRun, tally: planned.tally };
    if (input.dryRun) return { status: 'done' as const, ...summary, questions: planned.questions };

    await startImport(ctx, jobId, docs, { fileId: input.fileId, fileName: input.fileName, decisions: input.decisions ?? {} });
    return { ...answer(await advanceImport(ctx, jobId, docs, budget)), tally: planned.tally };
  },
});
