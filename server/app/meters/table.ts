// The meter rounds area's part of the action table; spread into server/app/actions.ts.
import { routeMeters } from './routeMeters';
import { recordReading } from './recordReading';
import { correctReading } from './correctReading';

export const meterActions = {
  'meters.route': routeMeters,
  'meters.read': recordReading,
  'meters.correct': correctReading,
} as const;
