// The content review area's part of the action table (committee and community); spread into server/app/actions.ts.
import { listHeldTexts } from './content.held';
import { publishHeldText } from './content.publish';
import { discardHeldText } from './content.discard';

export const reviewActions = {
  'content.held': listHeldTexts,
  'content.publish': publishHeldText,
  'content.discard': discardHeldText,
} as const;
