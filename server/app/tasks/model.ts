// The tasks area's own documents (the task itself, read by issues, governance and home too, is
// TaskDoc in server/app/model.ts).
import type { Rule } from '../../../src/domain/recurrence';

/** A task that comes back on a schedule; the timed job turns each occurrence into a task a day ahead. */
export interface RecurrenceDoc {
  _id: string;
  title: string;
  kind: 'repair' | 'cleaning' | 'meter_reading' | 'other';
  rule: Rule;
  assigneeId: string | null;
  durationHours: number;
  route?: string;
  active: boolean;
  /** Occurrences up to here have their task. */
  generatedUntil: string;
  createdAt: string;
  [key: string]: unknown;
}
