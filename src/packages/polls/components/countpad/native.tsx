// The native count pad (countpad.wxml/.js) inside the React count page, WeChat build only. A tap
// changes one number in the component with one setData path, with no React render, so tapping
// through a pile of ballots stays instant; the page then sends the entry and, when the server
// refuses it (or a serial entered again moves a ballot from one kind to another), takes the tap
// back through the pad's `takeBack` property.
import { useCallback, useState } from 'react';
import type { PadKind } from './index';

export interface TakeBack {
  kind: PadKind;
  /** Increases with every take-back, so the same kind twice is two take-backs. */
  n: number;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'count-pad': { id: string; elder?: boolean; takeBack?: TakeBack | null; onCount?: (e: { detail: { kind: PadKind; count: number; total: number } }) => void };
    }
  }
}

export function NativeCountPad({ elder, takeBack, onCount }: { elder: boolean; takeBack: TakeBack | null; onCount: (kind: PadKind) => void }) {
  return <count-pad id='count-pad' elder={elder} takeBack={takeBack} onCount={(e) => onCount(e.detail.kind)} />;
}

/** The take-back signal for the pad, and the function that sends one. */
export function useTakeBack(): [TakeBack | null, (kind: PadKind) => void] {
  const [takeBack, setTakeBack] = useState<TakeBack | null>(null);
  const send = useCallback((kind: PadKind) => setTakeBack((prev) => ({ kind, n: (prev?.n ?? 0) + 1 })), []);
  return [takeBack, send];
}
