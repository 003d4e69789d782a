// roster.import: the committee imports the owners' roster (.xlsx, or CSV saved from Excel, UTF-8 or GBK).
// All or nothing: any bad line, or a room already in the roster, refuses the whole file with
// every problem listed by line number; and the roster appears whole or not at all, even when a
// big one takes several calls (rosterStaging.ts): the screen sends the same file with the same
// operation id while the answer says `importing`, and shows how far it got.
// Heads (who is one owner) are planned by rosterPlan.ts: the
// dry run lists the namesakes for the committee to decide, and the import needs every answer.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { defineAction } from '../action';
import { text } from '../../../src/domain/fields';
import { parseRosterCsv, type RosterRow } from '../../../src/domain/roster';
import { isDeveloper } from '../../../src/domain/rosterHeads';
import { decodeRosterBytes, RosterDecodeError } from '../../../src/domain/rosterDecode';
import { looksLikeXlsx, xlsxRosterText } from './rosterXlsx';
import { AppError } from '../errors';
import { opIdField } from '../opId';
import { existing, MAX_IMPORT_UNITS, rosterImportId, stageAndSwitch, type RosterImportDoc } from './rosterStaging';
import type { BuildingDoc, HolderDoc, UnitDoc } from '../model';
import { assertDecided, decisionsInput, planImport } from './rosterPlan';
import { allowed } from '../../../src/domain/permissions';

const MAX_FILE_BYTES = 2 * 1024 * 1024;

export const holderIdFor = (holderKey: string) => `h:${createHash('sha256').update(holderKey).digest('hex').slice(0, 20)}`;
type Place = Pick<RosterRow, 'building' | 'unit' | 'room'>;
// Rosters write "19" or "19栋", "1" or "1单元": bare numbers get their word so labels read right.
const buildingName = (building: string) => (/^\d+$/.test(building) ? `${building}栋` : building);
const unitName = (unit: string) => (/^\d+$/.test(unit) ? `${unit}单元` : unit);
export const buildingIdFor = (name: string) => `b:${buildingName(name)}`;
export const unitIdFor = (row: Place) => `u:${buildingName(row.building)}-${unitName(row.unit)}-${row.room}`;
export const unitLabelFor = (row: Place) => `${buildingName(row.building)}${unitName(row.unit)}${row.room}`;

function refuse(errors: Array<{ line: number; reason: string }>): never {
  const first = errors[0];
  throw new AppError('invalid', `名册有 ${errors.length} 行有问题,没有导入任何一行。第 ${first.line} 行:${first.reason}`, 'fileBase64', { errors });
}

export const importRoster = defineAction({
  name: 'roster.import',
  summary: '导入业主名册(Excel .xlsx,或 CSV:UTF-8 或 GBK);有任何一行出错则整份不导入',
  input: z
    .object({
      fileBase64: z.string({ error: '请选择名册文件' }).min(1, '请选择名册文件').max(Math.ceil((MAX_FILE_BYTES * 4) / 3) + 4, '名册文件不能超过 2 MB'),
      fileName: text('文件名', { max: 200 }),
      dryRun: z.boolean().optional(),
      /** Names this import: a big roster takes several calls (rosterStaging.ts), each with the same file and id. */
      opId: opIdField,
      /** The committee's answer per namesake group: same person or different people (rosterPlan.ts). */
      decisions: decisionsInput,
    })
    .strict(),
  roles: allowed('roster.import'),
  async run(ctx, input) {
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(input.fileBase64)) throw new AppError('invalid', '文件内容无法读取,请重新选择', 'fileBase64');
    let text: string;
    try {
      const bytes = new Uint8Array(Buffer.from(input.fileBase64, 'base64'));
      text = looksLikeXlsx(bytes) ? await xlsxRosterText(bytes) : decodeRosterBytes(bytes);
    } catch (error) {
      if (error instanceof RosterDecodeError) throw new AppError('invalid', error.message, 'fileBase64');
      throw error;
    }
    const parsed = parseRosterCsv(text);
    if (!parsed.ok) refuse(parsed.errors);
    if (parsed.rows.length === 0) throw new AppError('invalid', '名册里没有房屋', 'fileBase64');
    if (parsed.rows.length > MAX_IMPORT_UNITS) {
      throw new AppError('invalid', `一份名册最多 ${MAX_IMPORT_UNITS} 户(这份有 ${parsed.rows.length} 户),请按楼栋分成几个文件分别导入`, 'fileBase64');
    }

    if (input.opId && !input.dryRun) {
      // The same import sent again after the switch (its answer was lost): answer as the first did.
      const done = await ctx.store.get<RosterImportDoc>('rosterImports', rosterImportId(input.opId));
      if (done) return { status: 'done' as const, imported: done.imported, buildings: done.buildings, holders: done.holders, dryRun: false };
    }
    const present = await existing(ctx, 'units', parsed.rows.map((row) => unitIdFor(row)));
    const clashes = parsed.rows.flatMap((row) => (present.has(unitIdFor(row)) ? [{ line: row.line, reason: `房号 ${unitLabelFor(row)} 已在名册中` }] : []));
    if (clashes.length) refuse(clashes);

    const planned = planImport(parsed.rows, input.decisions, unitLabelFor);
    if (!input.dryRun) assertDecided(planned);

    const buildingCounts = new Map<string, number>();
    const holders = new Map<string, HolderDoc>();
    const units: UnitDoc[] = [];
    for (const [i, row] of parsed.rows.entries()) {
      const holderId = holderIdFor(planned.keys[i]);
      if (!holders.has(holderId)) holders.set(holderId, { _id: holderId, name: row.holderName, phone: row.phone, kind: isDeveloper(row.holderName) ? 'developer' : 'person' });
      buildingCounts.set(buildingName(row.building), (buildingCounts.get(buildingName(row.building)) ?? 0) + 1);
      units.push({ _id: unitIdFor(row), buildingId: buildingIdFor(row.building), unit: row.unit ? unitName(row.unit) : null, room: row.room, label: unitLabelFor(row), areaCenti: row.areaCenti, holderId, order: row.line });
    }
    const summary = { imported: units.length, buildings: buildingCounts.size, holders: holders.size, dryRun: !!input.dryRun, tally: planned.tally };
    if (input.dryRun) return { status: 'done' as const, ...summary, questions: planned.questions };

    const buildings = [...buildingCounts.keys()].map((name): BuildingDoc => ({ _id: buildingIdFor(name), name, zone: '', order: 0, unitCount: 0 }));
    const counts = new Map([...buildingCounts].map(([name, n]) => [buildingIdFor(name), n]));
    const staged = await stageAndSwitch(ctx, { units, holders: [...holders.values()], buildings, counts, summary, fileName: input.fileName, opId: input.opId });
    if (!staged.done) return { status: 'importing' as const, progress: staged.progress, ...summary };
    return { status: 'done' as const, ...summary };
  },
});
