// The units of one building, loaded when a building is picked: the claim form, reporting for a
// neighbour and the committee's 委托书 form all pick a flat this way.
import { useEffect, useState } from 'react';
import { call, isApiError, type Output } from '../services/api';
import { handleSignedOut } from './useAction';

export type Unit = Output<'compound.units'>['units'][number];
export interface Units {
  state: 'idle' | 'loading' | 'ready' | 'error';
  list: Unit[];
  error?: string;
}

export function useUnits(buildingId: string | null): Units {
  const [units, setUnits] = useState<Units>({ state: 'idle', list: [] });
  useEffect(() => {
    if (!buildingId) return;
    let live = true;
    setUnits({ state: 'loading', list: [] });
    call('compound.units', { buildingId })
      .then((r) => live && setUnits({ state: 'ready', list: r.units }))
      .catch((e: unknown) => {
        if (!live || handleSignedOut(e)) return;
        setUnits({ state: 'error', list: [], error: isApiError(e) ? e.message : String(e) });
      });
    return () => {
      live = false;
    };
  }, [buildingId]);
  return units;
}
