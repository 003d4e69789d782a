export interface MeterDoc {
  _id: string; // meter:<unitId>
  label: string;
  unitId: string;
  route: string;
  order: number;
  [key: string]: unknown;
}

export interface ReadingDoc {
  _id: string; // reading:<meterId>:<period>: one reading per meter and period
  meterId: string;
  period: string; // yyyy-mm
  value: number; // 0.01 m³
  /** Use since the previous reading; null for the first reading of a meter. */
  consumption: number | null;
  replaced: boolean;
  readAt: string;
  by: string;
  leakSuspected: boolean;
  issueId?: string;
  [key: string]: unknown;
}

export const readingId = (meterId: string, period: string) => `reading:${meterId}:${period}`;
