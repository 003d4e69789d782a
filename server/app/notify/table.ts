// The notifications and groups area's part of the action table; spread into server/app/actions.ts.
import { subscriptionTemplates } from './templates';
import { recordSubscription } from './recordSubscription';
import { listOutbox } from './listOutbox';
import { enterGroup } from './enterGroup';
import { groupItems } from './groupItems';

export const notifyActions = {
  'subscriptions.templates': subscriptionTemplates,
  'subscriptions.record': recordSubscription,
  'notify.outbox': listOutbox,
  'groups.enter': enterGroup,
  'groups.items': groupItems,
} as const;
