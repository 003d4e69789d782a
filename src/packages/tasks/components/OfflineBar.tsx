// What is waiting on the phone: "N 条待发送", the last sync, a 现在发送 button, and the entries the
// server refused ("没有发送成功") with its message, to fix or remove. Inline, never a pop-up.
import { Text, View } from '@tarojs/components';
import { Btn } from '../../../components/Btn';
import { headingA11y, liveA11y } from '../../../components/a11y';
import { go } from '../../../components/nav';
import { dismissFailed, flush, useOfflineQueue, type SyncState } from '../../../services/offlineQueue';
import { formatTime } from '../../../ui/format';
import { tasksText as t } from '../../../ui/strings/tasks';

function statusLine(sync: SyncState, pending: number, sending: boolean): string | null {
  if (sending) return t.sending;
  if (pending > 0 && sync.state === 'offline') return t.offline;
  if (pending > 0 && sync.state === 'error' && sync.message) return t.syncError(sync.message);
  if (sync.lastSentAt) return t.lastSent(formatTime(sync.lastSentAt));
  return null;
}

/** `always`: shown even when nothing waits (the meter round, where the count matters). */
export function OfflineBar({ always = false, currentPage }: { always?: boolean; currentPage?: string }) {
  const q = useOfflineQueue();
  const n = q.pending.length;
  if (!always && n === 0 && q.failed.length === 0) return null;
  const line = statusLine(q.sync, n, q.sending);
  const cls = q.failed.length ? 'gz-queue--failed' : n ? 'gz-queue--waiting' : '';
  return (
    <View className={`gz-card gz-queue ${cls}`}>
      <View {...liveA11y('status')}>
        <Text className='gz-queue__count' id='gz-queue-count'>
          {n > 0 ? t.pending(n) : t.allSent}
        </Text>
        {line && <Text className='gz-p gz-muted'>{line}</Text>}
      </View>
      {n > 0 && (
        <Btn kind='primary' busy={q.sending} onClick={() => void flush()}>
          {q.sending ? t.sending : t.sendNow}
        </Btn>
      )}
      {q.failed.length > 0 && (
        <View>
          <Text className='gz-card__title' {...headingA11y(2)}>
            {t.failedHeading(q.failed.length)}
          </Text>
          <Text className='gz-p gz-muted'>{t.failedHint}</Text>
          {q.failed.map((e) => (
            <View key={e.id} className='gz-queue__item'>
              <Text className='gz-row__title'>{e.label}</Text>
              <Text className='gz-queue__message'>{e.message}</Text>
              <View className='gz-actions'>
                {e.page && e.page !== currentPage && (
                  <Btn kind='secondary' size='small' onClick={() => go(e.page as string)}>
                    {t.fix}
                  </Btn>
                )}
                <Btn kind='link' size='small' label={t.dismissLabel(e.label)} onClick={() => dismissFailed(e.id)}>
                  {t.dismiss}
                </Btn>
              </View>
            </View>
          ))}
        </View>
      )}
    </View>
  );
}
