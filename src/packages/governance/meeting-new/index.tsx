// 安排会议: the agenda comes from the issues tabled for the three-party meeting (提交三方议定)
// plus free items, one per line. Checked with the action's own schema before sending; the
// server's message for a field shows under it.
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { Page } from '../../../components/Page';
import { Btn } from '../../../components/Btn';
import { TextArea, TextInput, Field } from '../../../components/Field';
import { WhenInput } from '../../../components/WhenInput';
import { Failed, Loading, Notice } from '../../../components/states';
import { useAction } from '../../../components/useAction';
import { headingA11y } from '../../../components/a11y';
import { call } from '../../../services/api';
import { PAGES } from '../../../routes';
import { scheduleMeetingInput } from '../../../domain/schemas/governance';
import { common, newMeetingText as t } from '../../../copy/governance';
import { CheckRow } from '../components/CheckRow';
import { inDays, parseTime } from '../components/when';
import { useSubmit } from '../components/useSubmit';
import '../../../components/keepInView.css';
import '../governance.css';

export default function NewMeetingPage() {
  const tabled = useAction('meetings.tabled', {});
  const [title, setTitle] = useState(t.defaultName);
  const [date, setDate] = useState(inDays(3).slice(0, 10));
  const [time, setTime] = useState('15:00');
  const [place, setPlace] = useState(t.defaultPlace);
  const [picked, setPicked] = useState<string[]>([]);
  const [free, setFree] = useState('');
  const f = useSubmit({ fields: ['title', 'at', 'place', 'issueIds', 'freeItems'] });

  const toggle = (id: string) => {
    f.clear('issueIds');
    setPicked((p) => (p.includes(id) ? p.filter((x) => x !== id) : [...p, id]));
  };

  const submit = () => {
    // A date or time that cannot be read is no time at all: the schema asks for one.
    const at = parseTime(`${date} ${time}`) ?? undefined;
    const input = f.check(scheduleMeetingInput, { title, at, place, issueIds: picked, freeItems: free.split('\n').filter((s) => s.trim()) });
    if (!input) return;
    void f.run(
      () => call('meetings.schedule', input),
      (r) => void Taro.redirectTo({ url: `${PAGES.meeting}?id=${encodeURIComponent(r.meeting.id)}` }),
    );
  };

  return (
    <Page className='gz-gov'>
      <Text className='gz-h1' {...headingA11y(1)}>
        {t.title}
      </Text>
      <TextInput id='title' label={t.name} value={title} onChange={(v) => { f.clear('title'); setTitle(v); }} maxLength={40} error={f.err('title')} />
      <View className='gz-when'>
        <WhenInput id='at-date' mode='date' label={t.atDate} placeholder='2026-03-20' value={date} onChange={(v) => { f.clear('at'); setDate(v); }} />
        <WhenInput id='at' mode='time' label={t.atTime} placeholder='15:00' value={time} error={f.err('at')} onChange={(v) => { f.clear('at'); setTime(v); }} />
      </View>
      <TextInput id='place' label={t.place} value={place} onChange={(v) => { f.clear('place'); setPlace(v); }} maxLength={40} error={f.err('place')} />
      <Field id='issueIds' label={t.tabled} error={f.err('issueIds')}>
        {tabled.state === 'loading' && !tabled.data && <Loading />}
        {tabled.state === 'error' && !tabled.data && <Failed error={tabled.error} onRetry={tabled.reload} />}
        {tabled.data &&
          (tabled.data.issues.length === 0 ? (
            <Text className='gz-muted'>{t.noTabled}</Text>
          ) : (
            <View className='gz-checks'>
              {tabled.data.issues.map((i) => (
                <CheckRow key={i.id} label={i.title} hint={t.seconds(i.seconds)} on={picked.includes(i.id)} onToggle={() => toggle(i.id)} />
              ))}
            </View>
          ))}
      </Field>
      <TextArea id='freeItems' label={t.free} value={free} onChange={(v) => { f.clear('freeItems'); setFree(v); }} max={600} counter={common.counter} over={common.over} placeholder={t.freePlaceholder} error={f.err('freeItems') ?? undefined} rows={3} />
      <Text className='gz-p gz-muted'>{t.people}</Text>
      {f.formError && <Notice kind='error'>{f.formError}</Notice>}
      <View className='gz-keep-in-view'>
        <Btn kind='primary' size='main' block busy={f.busy} onClick={submit}>
          {t.submit}
        </Btn>
      </View>
    </Page>
  );
}
