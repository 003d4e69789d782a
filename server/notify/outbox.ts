// The local Notifier: the shared delivery (deliver.ts) with the local transport, which marks a
// message delivered instead of calling WeChat, and placeholder template ids unless configured.
// Every message lands in the `outbox` collection, where the outbox page shows it as WeChat would.
import type { Clock, Notifier } from '../app/context';
import type { Store } from '../store/port';
import { localTransport, subscriptionNotifier } from './deliver';
import { templateIdsFrom, templateKeysFrom } from './templates';

export function outboxNotifier(store: Store, clock: Clock, env: Record<string, string | undefined> = process.env): Notifier {
  return subscriptionNotifier({ store, clock, transport: localTransport, templates: templateIdsFrom(env, { placeholders: true }), keys: templateKeysFrom(env) });
}
