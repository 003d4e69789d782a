// The owners' roster as committees actually hand it over: an Excel sheet saved as CSV (or copied
// out as tab-separated text), with a BOM, CRLF, a title row, full-width digits from Chinese IMEs,
// "89.5㎡" in the area column and empty trailing rows. The roster becomes the frozen snapshot the
// art. 278 tally weighs votes by, so a doubtful line is refused with its reason rather than
// guessed at, and nothing is imported until every line is right.
import { parseArea } from './area';
import { parsePhones } from './phone';
import { normalizeText } from './text';

export interface RosterRow {
  /** 1-based line in the file where the record starts. */
  line: number;
  building: string;
  /** '' where the building has no units. */
  unit: string;
  room: string;
  areaCenti: number;
  holderName: string;
  /** The first of `phones`, or null. */
  phone: string | null;
  /** Every phone the row gives: none, one, or two ("138… / 027-…"); mobiles and landlines. For matching, never required. */
  phones: string[];
  /**
   * Same value for the same person (name + phone) across all their units: the headcount counts
   * one person once. It contains the name and phone, so it is personal data, not a display value.
   */
  holderKey: string;
}

/** `line` 0 means the file as a whole. */
export interface RosterError {
  line: number;
  reason: string;
}

export type RosterParseResult = { ok: true; rows: RosterRow[] } | { ok: false; errors: RosterError[] };

export const ROSTER_COLUMNS = ['楼栋', '单元', '房号', '面积', '业主姓名', '电话'] as const;

// Heading words as committees write them, per column in the required order.
const HEADER_ALIASES: readonly (readonly string[])[] = [
  ['楼栋', '楼号', '栋', '栋号', '幢', '幢号', '楼', '楼栋号', 'building', 'bldg'],
  ['单元', '单元号', 'unit'],
  ['房号', '房间号', '室号', '门牌号', '房屋号', '户号', '室', 'room'],
  ['面积', '建筑面积', '专有面积', '专有部分面积', '房屋面积', '产权面积', 'area'],
  ['业主姓名', '业主', '姓名', '业主名称', '产权人', '权利人', 'holder', 'holdername', 'name', 'owner'],
  ['电话', '手机', '手机号', '手机号码', '电话号码', '联系电话', '联系方式', 'phone', 'mobile', 'tel'],
];

// A sheet title above the header ("某某小区业主名册") is tolerated within this many leading records.
const MAX_LEADING_RECORDS = 5;

export function parseRosterCsv(text: string): RosterParseResult {
  const split = splitRecords(text.replace(/^\uFEFF/, ''), detectDelimiter(text));
  if ('error' in split) return { ok: false, errors: [split.error] };

  const records = split.records
    .map((r) => ({ line: r.line, fields: r.fields.map(normalizeText) }))
    // Excel writes rows that were once touched but are now empty as ",,,,,".
    .filter((r) => r.fields.some((f) => f !== ''));

  let start = 0;
  const headerAt = findHeader(records);
  if (headerAt >= 0) {
    if (!headerInOrder(records[headerAt].fields)) {
      // A reordered sheet would put areas into room numbers; every row error would be noise
      // hiding this one cause.
      return {
        ok: false,
        errors: [{ line: records[headerAt].line, reason: `表头不对: 列应依次为 ${ROSTER_COLUMNS.join(',')}` }],
      };
    }
    start = headerAt + 1;
  }

  const errors: RosterError[] = [];
  const rows: RosterRow[] = [];
  const firstLineOfRoom = new Map<string, number>();
  for (const { line, fields } of records.slice(start)) {
    const width = fields.length;
    // Excel pads every row to the widest used column, so empty cells past the sixth are harmless.
    if (width < ROSTER_COLUMNS.length || fields.slice(ROSTER_COLUMNS.length).some((f) => f !== '')) {
      errors.push({ line, reason: `列数不对: 应为${ROSTER_COLUMNS.length}列(${ROSTER_COLUMNS.join(',')}),实为${width}列` });
      continue;
    }
    const [building, unit, room, areaText, holderName, phoneText] = fields;
    const before = errors.length;
    if (building === '') errors.push({ line, reason: '缺少楼栋' });
    if (room === '') errors.push({ line, reason: '缺少房号' });
    if (building !== '' && room !== '') {
      const key = roomKey(building, unit, room);
      const first = firstLineOfRoom.get(key);
      if (first === undefined) firstLineOfRoom.set(key, line);
      else errors.push({ line, reason: `重复的房号: 与第${first}行相同(${describeRoom(building, unit, room)})` });
    }
    const areaCenti = areaText === '' ? null : parseArea(areaText);
    if (areaText === '') errors.push({ line, reason: '缺少面积' });
    else if (areaCenti === null) errors.push({ line, reason: `面积无法识别: "${areaText}"` });
    if (holderName === '') errors.push({ line, reason: '缺少业主姓名' });
    const phones = phoneText === '' ? [] : parsePhones(phoneText);
    if (phones === null) errors.push({ line, reason: `电话号码无法识别: "${phoneText}"` });
    if (errors.length > before || areaCenti === null || phones === null) continue;
    const phone = phones[0] ?? null;
    rows.push({ line, building, unit, room, areaCenti, holderName, phone, phones, holderKey: holderKeyOf(holderName, phone) });
  }

  if (errors.length > 0) return { ok: false, errors };
  if (rows.length === 0) return { ok: false, errors: [{ line: 0, reason: '名册中没有数据行' }] };
  return { ok: true, rows };
}

/**
 * One person, one key: spaces inside a name are ignored ("张 三" is "张三"), letters compared
 * case-insensitively. This is the key of a row on its own; who is the same person across rows
 * (namesakes, missing phones, the developer) is decided by rosterHeads.ts, with the committee.
 * `apart` tells apart namesakes without a phone that the committee said are different people.
 */
export function holderKeyOf(holderName: string, phone: string | null, apart?: string): string {
  const name = nameKeyOf(holderName);
  return JSON.stringify(apart ? [name, phone ?? '', apart] : [name, phone ?? '']);
}

/** The name as holders are compared: no spaces, lower case. */
export const nameKeyOf = (holderName: string) => normalizeText(holderName).replace(/\s+/g, '').toLowerCase();

/**
 * The same room however the sheet spells it: "19" and "19栋", "1" and "1单元", "302" and "302室"
 * name one place, so they are duplicates of each other (and the server labels bare numbers with
 * their word, so they would also collide there).
 */
function roomKey(building: string, unit: string, room: string): string {
  const bare = (value: string, words: RegExp) => value.replace(/\s+/g, '').toUpperCase().replace(words, '$1');
  return JSON.stringify([
    bare(building, /^(\d+)(?:号楼|栋|幢|楼|号)$/),
    bare(unit, /^(\d+)(?:单元|号)$/),
    bare(room, /^(\d+)(?:室|号)$/),
  ]);
}

function describeRoom(building: string, unit: string, room: string): string {
  return unit === '' ? `楼栋${building} 房号${room}` : `楼栋${building} 单元${unit} 房号${room}`;
}

function headerColumn(field: string): number {
  // "面积(㎡)" is "面积(m2)" after NFKC; the bracketed unit is not part of the heading word.
  const word = field.replace(/\(.*\)$/, '').replace(/\s+/g, '').toLowerCase();
  return HEADER_ALIASES.findIndex((aliases) => aliases.includes(word));
}

function isHeader(fields: readonly string[]): boolean {
  return fields.filter((f) => headerColumn(f) >= 0).length >= 2;
}

function findHeader(records: readonly { fields: string[] }[]): number {
  for (let i = 0; i < Math.min(MAX_LEADING_RECORDS, records.length); i++) {
    if (isHeader(records[i].fields)) return i;
    // Only title-like rows (one filled cell) may precede a header; anything else is data.
    if (records[i].fields.filter((f) => f !== '').length > 1) return -1;
  }
  return -1;
}

function headerInOrder(fields: readonly string[]): boolean {
  return (
    fields.length >= ROSTER_COLUMNS.length &&
    ROSTER_COLUMNS.every((_, i) => headerColumn(fields[i]) === i) &&
    fields.slice(ROSTER_COLUMNS.length).every((f) => headerColumn(f) < 0)
  );
}

/** Tab-separated when tabs outnumber commas outside quotes (a TSV row's "1,234.56" has one comma, five tabs). */
function detectDelimiter(text: string): ',' | '\t' {
  let tabs = 0;
  let commas = 0;
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === '\t') tabs++;
    else if (!quoted && ch === ',') commas++;
  }
  return tabs > commas ? '\t' : ',';
}

interface RawRecord {
  line: number;
  fields: string[];
}

/**
 * RFC 4180 records with the physical line each starts on. Line breaks are CRLF, LF or a lone CR
 * (Excel for Mac's "CSV"); a quoted field may hold delimiters, doubled quotes and line breaks.
 * Lenient where Excel never errs but hand edits do: spaces before an opening quote, text after a
 * closing quote, a bare quote inside an unquoted field.
 */
function splitRecords(text: string, delimiter: string): { records: RawRecord[] } | { error: RosterError } {
  const records: RawRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let quoteLine = 1;
  const endRecord = () => {
    fields.push(field);
    records.push({ line: recordLine, fields });
    fields = [];
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const isBreak = ch === '\n' || ch === '\r';
    if (isBreak) {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      line++;
    }
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += isBreak ? '\n' : ch;
      continue;
    }
    if (ch === '"' && field.trim() === '') {
      quoted = true;
      quoteLine = line;
      field = '';
    } else if (ch === delimiter) {
      fields.push(field);
      field = '';
    } else if (isBreak) {
      endRecord();
      recordLine = line;
    } else field += ch;
  }
  if (quoted) return { error: { line: quoteLine, reason: '引号未闭合: 该行的引号没有配对' } };
  if (field !== '' || fields.length > 0) endRecord();
  return { records };
}
