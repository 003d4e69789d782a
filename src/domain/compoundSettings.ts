// A compound's own settings (开通小区 and 小区设置): the common places residents report about, the
// places of each building, the service times (SLA) the property company answers to, which team
// is the care team, the teams a new compound starts with, and the compound's own wording of the
// fixed texts in its messages. One settings document per compound holds them; every reader falls
// back to the defaults below for a compound that has not set a value, so compounds set up before
// settings existed keep working unchanged. Pure: the server validates with these rules and the
// setup screens show the same messages.
import { COMMON_PLACES } from './issues';
import { BUILDING_PARTS, OFFERED_COMMON_PLACES } from './places';
import { CATALOGUE, type MessageKind } from './notifications';
import { DEFAULT_SLA, type Sla } from './sla';
import { hasInvisible } from './fields';

/** What a compound has set; every field optional (unset: the default). */
export interface CompoundSettings {
  /** Common places, as codes of the known ones (`main_road`) or the compound's own names (`东门岗亭`). */
  commonPlaces?: string[];
  /** Building id → its places: codes of the known parts (`stair`) or the compound's own names (`电梯`). */
  buildingPlaces?: Record<string, string[]>;
  sla?: Sla;
  /** The team whose members pair with residents who need care. */
  careTeamId?: string;
  /** Message kind → field → the compound's text for a field the message does not fill itself. */
  templates?: Partial<Record<MessageKind, Record<string, string>>>;
}

export const DEFAULT_CARE_TEAM = 'team:care';

/** Hours an SLA bound may take: at least one hour, at most 30 days. */
export const SLA_HOURS = { min: 1, max: 720 } as const;
/** A place's name: short enough for a picker row and a message's 20-character field with the building. */
export const PLACE_NAME_MAX = 10;
export const MAX_PLACES = 30;
export const TEAM_NAME_MAX = 20;
export const MAX_STARTER_TEAMS = 10;
/** A message's fixed text fills a `thing` field: WeChat holds 20 characters. */
export const TEMPLATE_TEXT_MAX = 20;

/** The teams a new compound starts with unless its creator names others. */
export const DEFAULT_STARTER_TEAMS: ReadonlyArray<{ kind: string; name: string; description: string }> = [
  { kind: 'care', name: '爱心服务队', description: '结对帮扶空巢老人、留守儿童和重病残疾居民' },
  { kind: 'cleaning', name: '保洁服务队', description: '清扫楼道和公共区域' },
];

export type Check<T> = { ok: true; value: T } | { ok: false; field: string; message: string };

const fail = (field: string, message: string): { ok: false; field: string; message: string } => ({ ok: false, field, message });

const LABEL_TO_COMMON = new Map(Object.entries(COMMON_PLACES).map(([code, label]) => [label, code]));
const LABEL_TO_PART = new Map(Object.entries(BUILDING_PARTS).map(([code, label]) => [label, code]));

/** The label residents see for a common place's code. */
export const commonPlaceLabel = (code: string): string => (COMMON_PLACES as Record<string, string>)[code] ?? code;
/** The label of a building's place (without the building's name). */
export const buildingPartLabel = (code: string): string => (BUILDING_PARTS as Record<string, string>)[code] ?? code;

/**
 * Names typed on the setup screen → stored codes: a known place keeps its code (so reports and
 * links made before keep resolving), another name is its own code. Refuses an empty or long
 * name, characters a place value cannot carry (`:`), and the same place twice.
 */
export function placeCodes(names: readonly string[], field: string, known: ReadonlyMap<string, string>): Check<string[]> {
  if (names.length > MAX_PLACES) return fail(field, `地点最多 ${MAX_PLACES} 个`);
  const out: string[] = [];
  for (const [i, raw] of names.entries()) {
    const name = raw.trim();
    const at = `${field}.${i}`;
    if (!name) return fail(at, '地点名称不能为空');
    if ([...name].length > PLACE_NAME_MAX) return fail(at, `地点名称不能超过${PLACE_NAME_MAX}个字:${name}`);
    if (/[:/]/.test(name) || hasInvisible(name)) return fail(at, `地点名称里不能有冒号、斜杠或看不见的字符:${name}`);
    const code = known.get(name) ?? name;
    if (out.includes(code)) return fail(at, `地点重复了:${name}`);
    out.push(code);
  }
  return { ok: true, value: out };
}

export const commonPlaceCodes = (names: readonly string[], field = 'commonPlaces') => placeCodes(names, field, LABEL_TO_COMMON);
export const buildingPlaceCodes = (names: readonly string[], field: string) => placeCodes(names, field, LABEL_TO_PART);

export function checkSla(sla: { acceptHours: number; firstActionHours: number }, field = 'sla'): Check<Sla> {
  for (const key of ['acceptHours', 'firstActionHours'] as const) {
    const v = sla[key];
    const label = key === 'acceptHours' ? '受理时限' : '首次处理时限';
    if (!Number.isInteger(v)) return fail(`${field}.${key}`, `${label}应是整数小时`);
    if (v < SLA_HOURS.min || v > SLA_HOURS.max) return fail(`${field}.${key}`, `${label}应在 ${SLA_HOURS.min} 到 ${SLA_HOURS.max} 小时之间`);
  }
  if (sla.firstActionHours < sla.acceptHours) return fail(`${field}.firstActionHours`, '首次处理时限不能短于受理时限');
  return { ok: true, value: { acceptHours: sla.acceptHours, firstActionHours: sla.firstActionHours } };
}

/** The fixed-text fields of every message kind: what a compound may word its own way. */
export function templateSlots(): Array<{ kind: MessageKind; field: string; title: string; label: string; text: string }> {
  const out: Array<{ kind: MessageKind; field: string; title: string; label: string; text: string }> = [];
  for (const [kind, spec] of Object.entries(CATALOGUE) as Array<[MessageKind, (typeof CATALOGUE)[MessageKind]]>) {
    for (const [field, f] of Object.entries(spec.fields) as Array<[string, { type: string; label: string; fallback?: unknown }]>) {
      if (typeof f.fallback === 'string' && f.type === 'thing') out.push({ kind, field, title: spec.title, label: f.label, text: f.fallback });
    }
  }
  return out;
}

/** The compound's message texts: only fixed-text slots, each within WeChat's 20 characters. An empty text returns the slot to the default. */
export function checkTemplates(given: Record<string, Record<string, string>>, field = 'templates'): Check<NonNullable<CompoundSettings['templates']>> {
  const slots = templateSlots();
  const out: Record<string, Record<string, string>> = {};
  for (const [kind, fields] of Object.entries(given)) {
    for (const [name, raw] of Object.entries(fields)) {
      const at = `${field}.${kind}.${name}`;
      if (!slots.some((s) => s.kind === kind && s.field === name)) return fail(at, '没有这条消息文字');
      const value = raw.trim();
      if (!value) continue;
      if ([...value].length > TEMPLATE_TEXT_MAX) return fail(at, `消息文字不能超过${TEMPLATE_TEXT_MAX}个字`);
      if (hasInvisible(value)) return fail(at, '消息文字里有看不见的控制字符');
      (out[kind] ??= {})[name] = value;
    }
  }
  return { ok: true, value: out as NonNullable<CompoundSettings['templates']> };
}

/** The names of the teams a new compound starts with: 1–20 characters, no two alike. */
export function checkStarterTeams(names: readonly string[], field = 'teams'): Check<string[]> {
  if (names.length > MAX_STARTER_TEAMS) return fail(field, `开始时最多设 ${MAX_STARTER_TEAMS} 支服务队`);
  const out: string[] = [];
  for (const [i, raw] of names.entries()) {
    const name = raw.trim();
    if (!name) return fail(`${field}.${i}`, '服务队名称不能为空');
    if ([...name].length > TEAM_NAME_MAX) return fail(`${field}.${i}`, `服务队名称不能超过${TEAM_NAME_MAX}个字`);
    if (out.includes(name)) return fail(`${field}.${i}`, `服务队重复了:${name}`);
    out.push(name);
  }
  return { ok: true, value: out };
}

// ---- What readers use: the compound's value, else today's default -------------------------

export const slaOf = (s: CompoundSettings | null | undefined): Sla => s?.sla ?? DEFAULT_SLA;
export const careTeamOf = (s: CompoundSettings | null | undefined): string => s?.careTeamId ?? DEFAULT_CARE_TEAM;
export const commonPlacesOf = (s: CompoundSettings | null | undefined): string[] => s?.commonPlaces ?? [...OFFERED_COMMON_PLACES];
/** A building's places: the compound's setting for it, else what the building document says. */
export const buildingPlacesOf = (s: CompoundSettings | null | undefined, building: { _id: string; places?: readonly string[] }): string[] => [...(s?.buildingPlaces?.[building._id] ?? building.places ?? [])];

/** The text a message field without a value gets: the compound's wording, else the catalogue's. */
export function templateText(s: CompoundSettings | null | undefined, kind: string, field: string): string | undefined {
  return (s?.templates as Record<string, Record<string, string>> | undefined)?.[kind]?.[field];
}
