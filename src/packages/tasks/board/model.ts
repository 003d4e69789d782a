// What the dispatch board's cards share: the answer's types and the option lists.
import { type Output } from '../../../services/api';
import { taskKindLabel, tasksText as t } from '../../../ui/strings/tasks';
import { type Option } from '../../../components/Choice';
import { type TaskKind } from '../components/model';

type Board = Output<'tasks.board'>;
export type IssueSummary = Board['toAccept'][number];
export type Staff = Output<'staff.list'>['staff'][number];
export type Recurrence = Output<'recurrences.list'>['recurrences'][number];
export type Section = 'toAccept' | 'toAssign' | 'tasks' | 'recurring';
export type Done = (section: Section, text: string) => void;

export const KIND_OPTIONS = (kinds: TaskKind[]): Option[] => kinds.map((k) => ({ value: k, label: taskKindLabel[k] }));
export const CLEANING = ['green_waste', 'cleaning', 'waste_sorting', 'power_room'];

export function staffOptions(staff: Staff[], none: boolean): Option[] {
  return [...(none ? [{ value: '', label: t.noAssignee }] : []), ...staff.map((s) => ({ value: s.id, label: s.name }))];
}
