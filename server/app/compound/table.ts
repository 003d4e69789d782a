// The compound area's (buildings and units) part of the action table; spread into server/app/actions.ts.
import { listBuildings } from './compound.buildings';
import { listUnits } from './compound.units';

export const compoundActions = {
  'compound.buildings': listBuildings,
  'compound.units': listUnits,
} as const;
