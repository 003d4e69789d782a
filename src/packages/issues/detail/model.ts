// What the issue page's cards share: the answer's types, and the steps that open a form first.
import type { Output } from '../../../services/api';
import { type TransitionName } from '../../../domain/issues';

export type Detail = Output<'issues.get'>;
type Can = Detail['can'];
export type TransitionOption = Can['transitions'][number];

export const h5 = process.env.TARO_ENV === 'h5';
export const NOTE_MAX = 300;
/** Steps that ask for words first (required, or optional like tabling); the rest act at once. */
export const WITH_FORM: TransitionName[] = ['reject', 'table', 'decide', 'finish', 'reopen', 'closeNotFixed'];

