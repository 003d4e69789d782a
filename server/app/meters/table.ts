// The meter rounds area's part of the action table; spread into server/app/actions.ts.
import { routeMeters } from './meters.route';
import { recordReading } from './meters.read';
import { correctReading } from './meters.correct';

export const meterActions = {
  'meters.route': routeMeters,
  'meters.read': recordReading,
  'meters.correct': correctReading,
} as const;
