// The local Notifier: every message lands in the `outbox` collection instead of WeChat. The
// deterministic `_id` from the dedupe key means a repeated event never records twice.
import type { Clock, Notifier, OutgoingMessage } from '../app/context';
import { StoreError, type Store } from '../store/port';

export function outboxNotifier(store: Store, clock: Clock): Notifier {
  return {
    async send(message: OutgoingMessage) {
      try {
        await store.insert('outbox', { _id: `msg:${message.dedupeKey}`, ...message, status: 'recorded', at: clock.now().toISOString() });
      } catch (error) {
        if (!(error instanceof StoreError && error.code === 'duplicate')) throw error;
      }
    },
  };
}
