// The committee's card on a poll: open, close, publish, export, and the steps each takes.
import { Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { ExportFile } from '../../../components/export/ExportFile';
import { Btn } from '../../../components/Btn';
import { ConfirmInline } from '../../../components/ConfirmInline';
import { Notice } from '../../../components/states';
import { headingA11y, liveA11y } from '../../../components/a11y';
import { go } from '../../../components/nav';
import { useSubmit } from '../../../components/useSubmit';
import { call } from '../../../services/api';
import { PAGES } from '../../../routes';
import { detailText as t } from '../../../copy/polls';
import { closeInSteps, openInSteps } from './inSteps';
import type { Poll } from './model';

export function Committee({ poll, onDone }: { poll: Poll; onDone: (text: string) => void }) {
  const [asking, setAsking] = useState<'close' | 'publish' | null>(null);
  const f = useSubmit({ fields: [] });
  const [doing, setDoing] = useState<'open' | 'close' | 'publish' | null>(null);
  const busy = f.busy ? doing : null;
  // Opening and closing a big compound take several calls: their progress, while under way (inSteps.ts).
  const [progress, setProgress] = useState<string | null>(null);
  const run = async (what: 'open' | 'close' | 'publish') => {
    if (f.busy) return;
    setDoing(what);
    await f.run(
      async () => {
        if (what === 'open' && !(await openInSteps(poll.id, setProgress))) throw new Error(t.openingLater);
        else if (what === 'close' && !(await closeInSteps(poll.id, setProgress))) throw new Error(t.closingLater);
        else if (what === 'publish') await call('polls.publish', { pollId: poll.id });
      },
      () => {
        setAsking(null);
        onDone(what === 'open' ? t.opened : what === 'close' ? t.closed : t.published);
      },
    );
    setProgress(null);
  };
  // Opened while an opening or a close is under way (pressed on another phone, or cut off): take it further.
  useEffect(() => {
    if (poll.status === 'opening') void run('open');
    if (poll.status === 'closing') void run('close');
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [poll.status]);
  const ask = asking && (
    <View className='gz-notice gz-notice--info gz-confirm'>
      <Text className='gz-p gz-poll-fact--strong' {...liveA11y('status')}>
        {asking === 'close' ? t.confirmClose : t.confirmPublish}
      </Text>
      <View className='gz-actions'>
        <Btn kind={asking === 'close' ? 'danger' : 'primary'} size='main' busy={busy === asking} onClick={() => void run(asking)}>
          {t.yes}
        </Btn>
        <Btn kind='secondary' size='main' disabled={!!busy} onClick={() => setAsking(null)}>
          {t.no}
        </Btn>
      </View>
    </View>
  );
  return (
    <View className='gz-card'>
      <Text className='gz-h2' {...headingA11y(2)}>
        {t.committee}
      </Text>
      {f.formError && <Notice kind='error'>{f.formError}</Notice>}
      {poll.status === 'draft' && (
        <ConfirmInline label={t.open} warning={t.confirmOpen} yes={t.yesOpen} busy={busy === 'open'} busyLabel={t.opening} onConfirm={() => void run('open')} />
      )}
      {(poll.status === 'opening' || poll.status === 'closing' || busy === 'open' || busy === 'close') && (
        <Text className='gz-p' {...liveA11y('status')}>
          {progress ?? (poll.status === 'opening' || busy === 'open' ? t.opening : t.closingNow)}
        </Text>
      )}
      {poll.status === 'open' && poll.kind !== 'consultation' && (
        <View className='gz-actions'>
          <Btn kind='secondary' size='main' onClick={() => go(`${PAGES.pollRegister}?id=${encodeURIComponent(poll.id)}`)}>
            {t.paperRegister}
          </Btn>
          <Btn kind='secondary' size='main' onClick={() => go(`${PAGES.pollCount}?id=${encodeURIComponent(poll.id)}`)}>
            {t.paperCount}
          </Btn>
          <Btn kind='secondary' size='main' onClick={() => go(`${PAGES.pollProxy}?id=${encodeURIComponent(poll.id)}`)}>
            {t.proxyRecord}
          </Btn>
        </View>
      )}
      {poll.status === 'open' &&
        (asking ? (
          ask
        ) : (
          <Btn kind='danger' size='main' block onClick={() => setAsking('close')}>
            {t.close}
          </Btn>
        ))}
      {poll.status === 'closed' &&
        (asking ? (
          ask
        ) : (
          <Btn kind='primary' size='main' block onClick={() => setAsking('publish')}>
            {t.publish}
          </Btn>
        ))}
      {(poll.status === 'closed' || poll.status === 'published') && (
        <View className='gz-actions'>
          <Btn kind='secondary' block onClick={() => go(`${PAGES.pollResults}?id=${encodeURIComponent(poll.id)}`)}>
            {t.results}
          </Btn>
          <ExportFile what={t.exportWhat} fetch={async (format) => (await call('polls.export', { pollId: poll.id, format })).file} />
        </View>
      )}
    </View>
  );
}
