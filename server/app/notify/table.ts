// The notifications and groups area's part of the action table; spread into server/app/actions.ts.
import { subscriptionTemplates } from './subscriptions.templates';
import { recordSubscription } from './subscriptions.record';
import { listOutbox } from './notify.outbox';
import { enterGroup } from './groups.enter';
import { groupItems } from './groups.items';

export const notifyActions = {
  'subscriptions.templates': subscriptionTemplates,
  'subscriptions.record': recordSubscription,
  'notify.outbox': listOutbox,
  'groups.enter': enterGroup,
  'groups.items': groupItems,
} as const;
