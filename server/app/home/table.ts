// The home screen's part of the action table; spread into server/app/actions.ts.
import { home } from './home';

export const homeActions = {
  home,
} as const;
