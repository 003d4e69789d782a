// An owners' roster saved as .xlsx (Excel, WPS), decoded in front of the CSV parser: the first
// sheet's rows become the same CSV text Excel's "另存为 CSV" would give, row n on line n, so the
// import checks every line exactly as it does a CSV and names the same line numbers a committee
// sees in Excel. Reading is read-excel-file (pure JS over fflate, no native code in the cloud
// bundle). A line break inside a cell becomes a space, so no row spills onto the next line.
import readXlsxFile from 'read-excel-file/universal';
import { RosterDecodeError } from '../../../../src/domain/rosterDecode';
import { peopleServerText } from '../../../../src/copy/people';

/** An .xlsx (like every OOXML file) is a ZIP archive: it starts with "PK\x03\x04". */
export function looksLikeXlsx(bytes: Uint8Array): boolean {
  return bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value).replace(/\r\n|\r|\n/g, ' ');
}

const quoted = (s: string) => (/[",]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

export async function xlsxRosterText(bytes: Uint8Array): Promise<string> {
  let sheets: Array<{ sheet: string; data: unknown[][] }>;
  try {
    // A copy that owns exactly these bytes. Not `bytes.slice()`: on a Node Buffer (what a file read
    // or a download gives) slice is a view, and `.buffer` is then the whole shared pool, so the reader
    // decoded whatever other bytes sat at the pool's start, an earlier upload's roster among them.
    const copy = new Uint8Array(bytes);
    sheets = (await readXlsxFile(copy.buffer as ArrayBuffer)) as Array<{ sheet: string; data: unknown[][] }>;
  } catch {
    throw new RosterDecodeError(peopleServerText.xlsxUnreadable);
  }
  const first = sheets[0];
  if (!first || first.data.length === 0) throw new RosterDecodeError(peopleServerText.xlsxEmpty);
  return first.data.map((row) => row.map((v) => quoted(cellText(v))).join(',')).join('\r\n');
}
