// Who may do what with texts WeChat's content check refused (人工复核): the committee and the
// community read, publish or discard them (src/domain/contentReview.ts says whose each one is).
// The action table's guard reads this table; roles are those held in the current compound.
import { type ActionRoles } from './who';

export const reviewActions = {
  'content.held': ['committee', 'community'],
  'content.publish': ['committee', 'community'],
  'content.discard': ['committee', 'community'],
} satisfies ActionRoles;
