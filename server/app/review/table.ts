// The content review area's part of the action table (committee and community); spread into server/app/actions.ts.
import { listHeldTexts } from './listHeldTexts';
import { publishHeldText } from './publishHeldText';
import { discardHeldText } from './discardHeldText';

export const reviewActions = {
  'content.held': listHeldTexts,
  'content.publish': publishHeldText,
  'content.discard': discardHeldText,
} as const;
