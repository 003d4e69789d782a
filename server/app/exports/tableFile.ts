// One table as a file people open in Excel or WPS: CSV (UTF-8 with a BOM, so Excel reads the
// Chinese right; CRLF; cells that start like a formula are defused) or .xlsx (write-excel-file,
// pure JS over fflate, so the cloud bundle carries it without native code). Every export of the
// app goes through here, so both formats always hold the same rows.
import writeXlsxFile from 'write-excel-file/node';
import { commonServerText } from '../../../src/copy/common';

export type TableFormat = 'csv' | 'xlsx';
export const TABLE_FORMATS = ['csv', 'xlsx'] as const;

export interface TableFile {
  fileName: string;
  format: TableFormat;
  mime: string;
  /** The file's bytes, base64: a browser downloads them, WeChat writes them to a file and opens it. */
  base64: string;
  rows: number;
}

/** A CSV cell: quoted when it holds a comma, quote or line break; a leading = + - @ gets a ' so no spreadsheet runs it. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || safe !== value ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvText(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return `\uFEFF${[header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

export async function tableFile(name: string, header: readonly string[], rows: readonly (readonly string[])[], format: TableFormat, sheet = commonServerText.firstSheet): Promise<TableFile> {
  if (format === 'csv') {
    return { fileName: `${name}.csv`, format, mime: 'text/csv;charset=utf-8', base64: Buffer.from(csvText(header, rows), 'utf8').toString('base64'), rows: rows.length };
  }
  const data = [header.map((value) => ({ value, fontWeight: 'bold' as const })), ...rows.map((r) => r.map((value) => ({ value, type: String })))];
  const columns = header.map((h, i) => ({ width: Math.min(40, Math.max(6, ...[h, ...rows.slice(0, 200).map((r) => r[i] ?? '')].map((v) => v.length * 2))) }));
  const bytes = await writeXlsxFile(data, { sheet: sheet.slice(0, 31), columns, stickyRowsCount: 1 }).toBuffer();
  return { fileName: `${name}.xlsx`, format, mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', base64: bytes.toString('base64'), rows: rows.length };
}
