// compounds.settings.save (小区设置; compounds.settings.get reads them): the admin, or the community of the
// compound's community, changes the current compound's settings: its common places, each
// building's places, the SLA, which team is the care team and who leads it, new teams, and the
// wording of the fixed texts in its messages. One settings document per compound; a save changes
// only what it names, writes in one transaction (settings, the care leader, new teams, an event),
// and a resent save with the same operation id answers as the first did.
import { z } from 'zod';

import { callerOf, defineAction } from '../action';

import { AppError, invalid } from '../errors';

import { id } from '../../../src/domain/fields';

import { allowed } from '../../../src/domain/permissions';

import {
  PLACE_NAME_MAX,
  SLA_HOURS,
  buildingPlaceCodes,
  careTeamOf,
  checkSla,
  checkStarterTeams,
  checkTemplates,
  commonPlaceCodes,
} from '../../../src/domain/compoundSettings';
import { opIdField, sameOp } from '../opId';

import { eventDoc } from '../events';

import type { BuildingDoc } from '../model';

import type { TeamDoc, TeamMemberDoc } from '../volunteers/model';

import { settingsView } from './helpers/settingsView';

import { SETTINGS_COLLECTION, SETTINGS_ID, settingsOf, slaInput, type SettingsDoc } from './helpers/settings';

import { commonRefusals } from '../../../src/copy/common';

import { tenancyFields, tenancyRefusals, tenancySummaries } from '../../../src/copy/tenancy';
import { newId } from '../../../src/domain/ids';


const names = (label: string) => z.array(z.string({ error: tenancyRefusals.malformed(label) }), { error: tenancyRefusals.malformed(label) });


const input = z
  .object({
    opId: opIdField,
    commonPlaces: names(tenancyFields.commonPlaces).optional(),
    buildings: z
      .array(z.object({ id: id(tenancyFields.building), places: names(tenancyFields.buildingPlaces) }).strict(), { error: tenancyRefusals.malformed(tenancyFields.buildingPlaces) })
      .max(100, tenancyRefusals.tooManyBuildings)
      .optional(),
    sla: slaInput.optional(),
    careTeamId: id(tenancyFields.careTeam).optional(),
    careLeaderId: id(tenancyFields.leader).optional(),
    newTeams: names(tenancyFields.team).optional(),
    templates: z.record(z.string(), z.record(z.string(), z.string({ error: tenancyRefusals.malformed(tenancyFields.templates) })), { error: tenancyRefusals.malformed(tenancyFields.templates) }).optional(),
  })
  .strict();

const must = <T>(r: { ok: true; value: T } | { ok: false; field: string; message: string }): T => {
  if (!r.ok) throw invalid(r.field, r.message);
  return r.value;
};

export const saveCompoundSettings = defineAction({
  name: 'compounds.settings.save',
  summary: tenancySummaries['compounds.settings.save'](PLACE_NAME_MAX, SLA_HOURS.min, SLA_HOURS.max),
  input,
  roles: allowed('compounds.settings.save'),
  async run(ctx, i) {
    const caller = callerOf(ctx);
    const now = ctx.clock.now();
    const before = await settingsOf(ctx.store);
    if (before && sameOp(before.opId, i.opId)) return settingsView(ctx);
    const next: SettingsDoc = { ...(before ?? {}), _id: SETTINGS_ID, updatedAt: now.toISOString(), updatedBy: caller.userId, ...(i.opId ? { opId: i.opId } : {}) };
    if (i.commonPlaces) next.commonPlaces = must(commonPlaceCodes(i.commonPlaces));
    if (i.buildings) {
      const buildingPlaces = { ...(before?.buildingPlaces ?? {}) };
      for (const [n, b] of i.buildings.entries()) {
        if (!(await ctx.store.get<BuildingDoc>('buildings', b.id))) throw new AppError('not_found', commonRefusals.notFound(tenancyFields.building), `buildings.${n}.id`);
        buildingPlaces[b.id] = must(buildingPlaceCodes(b.places, `buildings.${n}.places`));
      }
      next.buildingPlaces = buildingPlaces;
    }
    if (i.sla) next.sla = must(checkSla(i.sla));
    if (i.templates) next.templates = must(checkTemplates(i.templates));
    const teams = await ctx.store.find<TeamDoc>('teams', { orderBy: [['order', 'asc']], limit: 100 });
    const careTeamId = i.careTeamId ?? careTeamOf(before);
    const careTeam = teams.find((t) => t._id === careTeamId);
    if (i.careTeamId) {
      if (!careTeam) throw new AppError('not_found', commonRefusals.notFound(tenancyFields.team), 'careTeamId');
      next.careTeamId = careTeam._id;
    }
    if (i.careLeaderId && careTeam?.leaderId !== i.careLeaderId) {
      if (!careTeam) throw invalid('careTeamId', tenancyRefusals.careTeamFirst);
      const m = await ctx.store.get<TeamMemberDoc>('teamMembers', `tm:${careTeam._id}:${i.careLeaderId}`);
      if (m?.status !== 'member') throw invalid('careLeaderId', tenancyRefusals.leaderNotMember(careTeam.name));
    }
    const added = must(checkStarterTeams(i.newTeams ?? [], 'newTeams'));
    for (const [n, name] of added.entries()) if (teams.some((t) => t.name === name)) throw invalid(`newTeams.${n}`, tenancyRefusals.teamExists(name));
    const newTeams: TeamDoc[] = added.map((name, n) => ({ _id: `${newId('team', now, { randomLength: 0 })}${n}`, name, kind: 'other', description: '', leaderId: caller.userId, order: now.getTime() + n }));
    await ctx.store.transaction(async (tx) => {
      await tx.set(SETTINGS_COLLECTION, next);
      if (careTeam && i.careLeaderId && careTeam.leaderId !== i.careLeaderId) await tx.update('teams', careTeam._id, { leaderId: i.careLeaderId });
      for (const team of newTeams) await tx.insert('teams', team);
      await tx.insert('events', eventDoc(ctx, 'compound.settings', ctx.compoundId ?? '', { changed: Object.keys(i).filter((k) => k !== 'opId') }));
    });
    return settingsView(ctx);
  },
});
