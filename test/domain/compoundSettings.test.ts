import {
  DEFAULT_CARE_TEAM,
  MAX_PLACES,
  MAX_STARTER_TEAMS,
  PLACE_NAME_MAX,
  buildingPartLabel,
  buildingPlaceCodes,
  buildingPlacesOf,
  careTeamOf,
  checkSla,
  checkStarterTeams,
  checkTemplates,
  commonPlaceCodes,
  commonPlaceLabel,
  commonPlacesOf,
  slaOf,
  templateSlots,
  templateText,
} from '../../src/domain/compoundSettings';
import { OFFERED_COMMON_PLACES } from '../../src/domain/places';
import { DEFAULT_SLA, slaState } from '../../src/domain/sla';
import { scoreQuarter, scorecardRules, serviceBounds } from '../../src/domain/scorecard';

describe('place names typed on the setup screen', () => {
  it('keeps the codes of known places and takes other names as their own codes', () => {
    expect(commonPlaceCodes(['小区大门', ' 东门岗亭 ', '停车场'])).toEqual({ ok: true, value: ['gate', '东门岗亭', 'parking'] });
    expect(buildingPlaceCodes(['楼道', '电梯'], 'buildings.0.places')).toEqual({ ok: true, value: ['stair', '电梯'] });
    expect(commonPlaceLabel('gate')).toBe('小区大门');
    expect(commonPlaceLabel('东门岗亭')).toBe('东门岗亭');
    expect(buildingPartLabel('roof')).toBe('楼顶');
  });

  it(`takes a name of exactly ${PLACE_NAME_MAX} characters and refuses one more, naming the entry`, () => {
    expect(commonPlaceCodes(['一'.repeat(PLACE_NAME_MAX)]).ok).toBe(true);
    expect(commonPlaceCodes(['大门', '一'.repeat(PLACE_NAME_MAX + 1)])).toMatchObject({ ok: false, field: 'commonPlaces.1' });
  });

  it('refuses an empty name, a colon or slash, and an invisible character', () => {
    expect(commonPlaceCodes(['  '])).toMatchObject({ ok: false, field: 'commonPlaces.0', message: '地点名称不能为空' });
    expect(commonPlaceCodes(['东门:岗亭']).ok).toBe(false);
    expect(commonPlaceCodes(['东门/岗亭']).ok).toBe(false);
    expect(commonPlaceCodes(['东门\u202e岗亭']).ok).toBe(false);
  });

  it('refuses the same place twice, also when typed once by its name and once by its code', () => {
    expect(commonPlaceCodes(['儿童乐园', '儿童乐园'])).toMatchObject({ ok: false, field: 'commonPlaces.1', message: '地点重复了:儿童乐园' });
    expect(buildingPlaceCodes(['楼道', 'stair'], 'b')).toMatchObject({ ok: false, field: 'b.1' });
  });

  it(`takes at most ${MAX_PLACES} places`, () => {
    const names = Array.from({ length: MAX_PLACES + 1 }, (_, i) => `地点${i}`);
    expect(commonPlaceCodes(names.slice(0, MAX_PLACES)).ok).toBe(true);
    expect(commonPlaceCodes(names)).toMatchObject({ ok: false, field: 'commonPlaces' });
  });

  it('allows an empty list: a compound without common places', () => {
    expect(commonPlaceCodes([])).toEqual({ ok: true, value: [] });
  });
});

describe('SLA hours', () => {
  it('takes 1 and 720 hours and refuses 0 and 721, naming the bound', () => {
    expect(checkSla({ acceptHours: 1, firstActionHours: 720 })).toEqual({ ok: true, value: { acceptHours: 1, firstActionHours: 720 } });
    expect(checkSla({ acceptHours: 0, firstActionHours: 72 })).toMatchObject({ ok: false, field: 'sla.acceptHours' });
    expect(checkSla({ acceptHours: 24, firstActionHours: 721 })).toMatchObject({ ok: false, field: 'sla.firstActionHours' });
  });

  it('refuses fractions and a first action due before acceptance', () => {
    expect(checkSla({ acceptHours: 1.5, firstActionHours: 72 })).toMatchObject({ ok: false, field: 'sla.acceptHours', message: '受理时限应是整数小时' });
    expect(checkSla({ acceptHours: 48, firstActionHours: 24 })).toMatchObject({ ok: false, field: 'sla.firstActionHours' });
    expect(checkSla({ acceptHours: 48, firstActionHours: 48 }).ok).toBe(true);
  });

  it('decides overdue by the compound’s hours: 12 h overdue at 13 h, not at 12 h', () => {
    const sla = { acceptHours: 12, firstActionHours: 48 };
    const issue = { createdAt: '2026-03-02T00:00:00.000Z', status: 'reported' };
    expect(slaState(issue, new Date('2026-03-02T12:00:00.000Z'), sla).acceptOverdue).toBe(false);
    expect(slaState(issue, new Date('2026-03-02T13:00:00.000Z'), sla).acceptOverdue).toBe(true);
    expect(slaState(issue, new Date('2026-03-02T13:00:00.000Z')).acceptOverdue).toBe(false);
  });

  it('scores the quarter against the compound’s SLA and says so in the rules', () => {
    const figures = { medianAcceptHours: 24, medianFixHours: null, reopenRate: null, averageRating: null };
    expect(scoreQuarter([10], figures).parts.accept).toBe(100);
    expect(scoreQuarter([10], figures, { acceptHours: 12, firstActionHours: 48 }).parts.accept).toBe(50);
    expect(serviceBounds({ acceptHours: 12, firstActionHours: 240 }).fix).toEqual({ full: 240, zero: 720 });
    expect(scorecardRules({ acceptHours: 12, firstActionHours: 48 }).join('')).toContain('12 小时内得满分');
  });
});

describe('starter teams', () => {
  it('trims names and refuses an empty, a long or a repeated one', () => {
    expect(checkStarterTeams([' 爱心服务队 ', '巡逻队'])).toEqual({ ok: true, value: ['爱心服务队', '巡逻队'] });
    expect(checkStarterTeams([''])).toMatchObject({ ok: false, field: 'teams.0' });
    expect(checkStarterTeams(['一'.repeat(20)]).ok).toBe(true);
    expect(checkStarterTeams(['一'.repeat(21)])).toMatchObject({ ok: false, field: 'teams.0' });
    expect(checkStarterTeams(['巡逻队', '巡逻队'])).toMatchObject({ ok: false, field: 'teams.1' });
    expect(checkStarterTeams(Array.from({ length: MAX_STARTER_TEAMS + 1 }, (_, i) => `队${i}`))).toMatchObject({ ok: false, field: 'teams' });
  });
});

describe('message texts', () => {
  it('offers the fixed-text fields of the catalogue, with their default wording', () => {
    const slots = templateSlots();
    expect(slots).toContainEqual(expect.objectContaining({ kind: 'issue.status', field: 'note', text: '无' }));
    expect(slots).toContainEqual(expect.objectContaining({ kind: 'poll.opened', field: 'note', text: '请在截止前投票' }));
    expect(slots.some((s) => s.field === 'time')).toBe(false);
  });

  it('takes 20 characters and refuses 21, an unknown slot, and drops an empty text (back to the default)', () => {
    expect(checkTemplates({ 'issue.status': { note: '一'.repeat(20) } }).ok).toBe(true);
    expect(checkTemplates({ 'issue.status': { note: '一'.repeat(21) } })).toMatchObject({ ok: false, field: 'templates.issue.status.note' });
    expect(checkTemplates({ 'issue.status': { thing: '报事' } })).toMatchObject({ ok: false, field: 'templates.issue.status.thing' });
    expect(checkTemplates({ 'issue.status': { note: '  ' } })).toEqual({ ok: true, value: {} });
  });
});

describe('readers fall back to today’s defaults', () => {
  it('for a compound without settings', () => {
    expect(slaOf(null)).toEqual(DEFAULT_SLA);
    expect(careTeamOf(undefined)).toBe(DEFAULT_CARE_TEAM);
    expect(commonPlacesOf(null)).toEqual([...OFFERED_COMMON_PLACES]);
    expect(buildingPlacesOf(null, { _id: 'b:1栋', places: ['stair'] })).toEqual(['stair']);
    expect(templateText(null, 'issue.status', 'note')).toBeUndefined();
  });

  it('and take the compound’s value where it set one, building by building', () => {
    const s = { sla: { acceptHours: 6, firstActionHours: 24 }, careTeamId: 'team:2', commonPlaces: ['gate'], buildingPlaces: { 'b:1栋': ['电梯'] }, templates: { 'issue.status': { note: '有事请找物业前台' } } };
    expect(slaOf(s)).toEqual({ acceptHours: 6, firstActionHours: 24 });
    expect(careTeamOf(s)).toBe('team:2');
    expect(commonPlacesOf(s)).toEqual(['gate']);
    expect(buildingPlacesOf(s, { _id: 'b:1栋', places: ['stair'] })).toEqual(['电梯']);
    expect(buildingPlacesOf(s, { _id: 'b:2栋', places: ['stair'] })).toEqual(['stair']);
    expect(templateText(s, 'issue.status', 'note')).toBe('有事请找物业前台');
  });
});
