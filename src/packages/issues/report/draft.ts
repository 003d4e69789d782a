// The report being written: its fields, kept on the phone between visits, and the checks before sending.
import Taro from '@tarojs/taro';
import { type Input, type Output } from '../../../services/api';
import type { Photo } from '../../../services/photos';
import type { Category } from '../../../domain/issues';
import { parsePlaceValue } from '../../../domain/places';

const DRAFT_KEY = 'gongzhi.issueDraft';

export interface Draft {
  category: Category | null;
  /** `unit:<id>` or `common:<code>`. */
  place: string | null;
  description: string;
  photos: Photo[];
  visibility: 'public' | 'private';
  onBehalf: boolean;
  name: string;
  buildingId: string | null;
  unitId: string | null;
  unitLabel: string | null;
  /** Neighbours see the full name instead of "19栋 王**". */
  showName: boolean;
}

export const EMPTY: Draft = { category: null, place: null, description: '', photos: [], visibility: 'public', onBehalf: false, name: '', buildingId: null, unitId: null, unitLabel: null, showName: false };

export type FieldName = 'category' | 'place' | 'description' | 'photos' | 'visibility' | 'name' | 'unitId';
export type Similar = Output<'issues.similar'>['issues'][number];

export function readDraft(): Draft | null {
  try {
    const v = Taro.getStorageSync(DRAFT_KEY) as Partial<Draft> | '';
    if (!v || typeof v !== 'object') return null;
    const d = { ...EMPTY, ...v };
    return { ...d, photos: Array.isArray(d.photos) ? d.photos.filter((p) => p && typeof p.fileId === 'string') : [] };
  } catch {
    return null;
  }
}

export function isBlank(d: Draft): boolean {
  return !d.category && !d.place && !d.description.trim() && d.photos.length === 0 && !d.name.trim();
}

export function writeDraft(d: Draft): void {
  try {
    if (isBlank(d)) Taro.removeStorageSync(DRAFT_KEY);
    else Taro.setStorageSync(DRAFT_KEY, d);
  } catch {
    // Storage full: the form still works, the draft just does not outlive the page.
  }
}

/** The server's field names (`onBehalf.name`; `photos.0` counts as photos) mapped to the form's. */
export const REPORT_FIELDS: Record<string, FieldName> = {
  category: 'category',
  place: 'place',
  description: 'description',
  photos: 'photos',
  visibility: 'visibility',
  onBehalf: 'name',
  'onBehalf.name': 'name',
  'onBehalf.unitId': 'unitId',
};

export function placeInput(place: string): Input<'issues.report'>['place'] {
  return parsePlaceValue(place) as Input<'issues.report'>['place'];
}
