// 三方联动会议: the meetings, newest first. Residents see those whose minutes are published;
// the three parties see every one and can call a new one.
import { Text, View } from '@tarojs/components';
import { Page } from '../../../components/Page';
import { Btn } from '../../../components/Btn';
import { Empty, Failed, Loading } from '../../../components/states';
import { useAction } from '../../../components/useAction';
import { useRefresh } from '../../../components/useRefresh';
import { buttonA11y, headingA11y } from '../../../components/a11y';
import { go } from '../../../components/nav';
import { PAGES } from '../../../routes';
import { meetingsText as t } from '../../../copy/governance';
import { showTime } from '../components/when';
import '../governance.css';

export default function MeetingsPage() {
  const r = useAction('meetings.list', {});
  useRefresh(r.reload);
  return (
    <Page className='gz-gov'>
      <Text className='gz-h1' {...headingA11y(1)}>
        {t.title}
      </Text>
      <Text className='gz-p gz-muted'>{t.intro}</Text>
      {r.data?.canSchedule && (
        <View className='gz-actions-row'>
          <Btn kind='primary' size='main' onClick={() => go(PAGES.meetingNew)}>
            {t.schedule}
          </Btn>
        </View>
      )}
      {r.state === 'loading' && !r.data && <Loading />}
      {r.state === 'error' && !r.data && <Failed error={r.error} onRetry={r.reload} />}
      {r.data &&
        (r.data.meetings.length === 0 ? (
          <Empty title={r.data.canSchedule ? t.noneParty : t.none} />
        ) : (
          <View className='gz-list'>
            {r.data.meetings.map((m) => {
              const open = () => go(`${PAGES.meeting}?id=${encodeURIComponent(m.id)}`);
              return (
                <View key={m.id} className='gz-row gz-row--link' hoverClass='gz-btn--pressed' onClick={open} {...buttonA11y({ onActivate: open })}>
                  <View className='gz-row__main'>
                    <Text className='gz-row__title'>{m.title}</Text>
                    <Text className='gz-muted'>
                      {showTime(m.at)} · {m.place}
                    </Text>
                    <Text className='gz-muted'>{t.line(m.agenda, m.decisions)}</Text>
                  </View>
                  <Text className={`gz-tag ${m.status === 'published' ? 'gz-tag--done' : 'gz-tag--pending'}`}>{m.statusLabel}</Text>
                </View>
              );
            })}
          </View>
        ))}
    </Page>
  );
}
