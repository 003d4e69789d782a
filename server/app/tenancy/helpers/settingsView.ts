// What 小区设置 shows: the compound's settings with every default filled in, its buildings' places,
// its teams and who may lead the care team (compounds.settings.get, and the answer of a save).
import {
  PLACE_NAME_MAX,
  SLA_HOURS,
  TEMPLATE_TEXT_MAX,
  buildingPartLabel,
  buildingPlacesOf,
  careTeamOf,
  commonPlaceLabel,
  commonPlacesOf,
  slaOf,
  templateSlots,
  templateText,
} from '../../../../src/domain/compoundSettings';
import { DEFAULT_SLA } from '../../../../src/domain/sla';
import { rootOf } from '../../../store/scoped';
import type { Ctx } from '../../context';
import type { BuildingDoc } from '../../model';
import type { TeamDoc, TeamMemberDoc } from '../../volunteers/model';
import type { CompoundDoc } from '../model';
import { settingsOf } from './settings';


export async function settingsView(ctx: Ctx) {
  const [settings, compound, buildings, teams] = await Promise.all([
    settingsOf(ctx.store),
    ctx.compoundId ? rootOf(ctx.store).get<CompoundDoc>('compounds', ctx.compoundId) : null,
    ctx.store.find<BuildingDoc>('buildings', { orderBy: [['order', 'asc']], limit: 100 }),
    ctx.store.find<TeamDoc>('teams', { orderBy: [['order', 'asc']], limit: 100 }),
  ]);
  const people = await Promise.all(
    teams.map(async (t) => {
      const members = await ctx.store.find<TeamMemberDoc>('teamMembers', { where: { teamId: t._id, status: 'member' }, orderBy: [['at', 'asc']], limit: 100 });
      const leader = members.some((m) => m.userId === t.leaderId) ? null : await ctx.store.get<{ _id: string; name: string }>('users', t.leaderId);
      return [...(leader ? [{ id: leader._id, name: leader.name }] : []), ...members.map((m) => ({ id: m.userId, name: m.name }))];
    }),
  );
  return {
    compound: { id: ctx.compoundId ?? '', name: compound?.name ?? '' },
    commonPlaces: commonPlacesOf(settings).map(commonPlaceLabel),
    buildings: buildings.map((b) => ({ id: b._id, name: b.name, places: buildingPlacesOf(settings, b).map(buildingPartLabel) })),
    sla: slaOf(settings),
    slaIsDefault: !settings?.sla,
    careTeamId: careTeamOf(settings),
    teams: teams.map((t, n) => ({ id: t._id, name: t.name, leaderId: t.leaderId, people: people[n] })),
    templates: templateSlots().map(({ text, ...s }) => ({ ...s, defaultText: text, text: templateText(settings, s.kind, s.field) ?? '' })),
    limits: { slaMin: SLA_HOURS.min, slaMax: SLA_HOURS.max, defaultSla: DEFAULT_SLA, placeNameMax: PLACE_NAME_MAX, templateTextMax: TEMPLATE_TEXT_MAX },
    updatedAt: settings?.updatedAt ?? null,
  };
}
