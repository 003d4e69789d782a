// Every staff screen sends what waits on the phone when it opens or comes back into view, and
// starts listening for the network's return; `onSent` runs after queued entries went out (the
// screen reloads what they changed).
import Taro from '@tarojs/taro';
import { useEffect, useRef } from 'react';
import { flush, startOfflineSync, useOfflineQueue } from '../../../services/offlineQueue';

export function useOfflineSync(onSent?: () => void) {
  const queue = useOfflineQueue();
  useEffect(() => startOfflineSync(), []);
  Taro.useDidShow(() => {
    void flush();
  });
  const before = useRef(queue.pending.length);
  const dropped = useRef(false);
  const sent = useRef(onSent);
  sent.current = onSent;
  useEffect(() => {
    if (queue.pending.length < before.current) dropped.current = true;
    before.current = queue.pending.length;
    if (dropped.current && !queue.sending) {
      dropped.current = false;
      sent.current?.();
    }
  }, [queue.pending.length, queue.sending]);
  return queue;
}
