// 操作记录 (the audit screen), committee and community: with a poll (?id=), who did what and when
// in it (audit.poll); without one, the recent polls to pick from and, for the community, who read
// care records (audit.care). Read from the append-only event log; nothing here changes anything.
import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { Page } from '../../../components/Page';
import { Btn } from '../../../components/Btn';
import { Empty, Failed, Loading } from '../../../components/states';
import { useAction } from '../../../components/useAction';
import { go, routeParam } from '../../../components/nav';
import { headingA11y } from '../../../components/a11y';
import { formatTime } from '../../../ui/format';
import { PAGES } from '../../../routes';
import '../polls.css';

const t = {
  title: '操作记录',
  intro: '每项操作都记在不可修改的日志里：谁、什么时候、做了什么。只有业委会和社区可以查看。',
  polls: '表决',
  pickPoll: (title: string) => `查看“${title}”的操作记录`,
  noPolls: '还没有表决。',
  pollHeading: (title: string) => `“${title}”的操作记录`,
  empty: '还没有操作记录。',
  care: '关怀记录的查看记录',
  careEmpty: '还没有人查看过关怀记录。',
  careLine: (record: string, via: string) => `${record}${via ? ` · 通过 ${via}` : ''}`,
  back: '返回表决列表',
  held: '待人工复核的文字（被微信内容安全拦下的）',
};

function PollAudit({ pollId }: { pollId: string }) {
  const audit = useAction('audit.poll', { pollId }, [pollId]);
  if (audit.state === 'loading' && !audit.data) return <Loading />;
  if (audit.state === 'error' && !audit.data) return <Failed error={audit.error} onRetry={audit.reload} />;
  const { poll, items } = audit.data!;
  return (
    <View>
      <Text className='gz-h2' {...headingA11y(2)}>
        {t.pollHeading(poll.title)}
      </Text>
      {items.length === 0 ? (
        <Empty title={t.empty} />
      ) : (
        <View className='gz-list' id='audit-items'>
          {items.map((i, n) => (
            <View key={`${i.at}-${n}`} className='gz-row'>
              <View className='gz-row__main'>
                <Text className='gz-row__title'>{i.what}</Text>
                <Text className='gz-muted'>
                  {formatTime(i.at)} · {i.who}
                  {i.detail ? ` · ${i.detail}` : ''}
                </Text>
              </View>
            </View>
          ))}
        </View>
      )}
      <Btn kind='link' size='normal' onClick={() => go(PAGES.pollAudit)}>
        {t.back}
      </Btn>
    </View>
  );
}

function CareReads() {
  const reads = useAction('audit.care', {});
  if (reads.state === 'loading' && !reads.data) return <Loading />;
  if (reads.state === 'error' && !reads.data) return <Failed error={reads.error} onRetry={reads.reload} />;
  return (
    <View>
      <Text className='gz-h2' {...headingA11y(2)}>
        {t.care}
      </Text>
      {reads.data!.items.length === 0 ? (
        <Empty title={t.careEmpty} />
      ) : (
        <View className='gz-list'>
          {reads.data!.items.map((i, n) => (
            <View key={`${i.at}-${n}`} className='gz-row'>
              <View className='gz-row__main'>
                <Text className='gz-row__title'>
                  {i.who} · {i.what}
                </Text>
                <Text className='gz-muted'>
                  {formatTime(i.at)} · {t.careLine(i.record, i.via)}
                </Text>
              </View>
            </View>
          ))}
        </View>
      )}
    </View>
  );
}

function Pick() {
  const polls = useAction('polls.list', {});
  const me = useAction('me');
  const community = (me.data?.user.roles ?? []).includes('community');
  return (
    <View>
      <Text className='gz-h2' {...headingA11y(2)}>
        {t.polls}
      </Text>
      {polls.state === 'loading' && !polls.data && <Loading />}
      {polls.state === 'error' && !polls.data && <Failed error={polls.error} onRetry={polls.reload} />}
      {polls.data && polls.data.items.length === 0 && <Empty title={t.noPolls} />}
      {polls.data && polls.data.items.length > 0 && (
        <View className='gz-list'>
          {polls.data.items.map((p) => (
            <Btn key={p.id} kind='secondary' size='main' block label={t.pickPoll(p.title)} onClick={() => go(`${PAGES.pollAudit}?id=${encodeURIComponent(p.id)}`)}>
              {p.title}
            </Btn>
          ))}
        </View>
      )}
      {community && <CareReads />}
    </View>
  );
}

export default function AuditPage() {
  const router = useRouter();
  const id = routeParam(router?.params?.id);
  return (
    <Page className='gz-polls'>
      <Text className='gz-h1' {...headingA11y(1)}>
        {t.title}
      </Text>
      <Text className='gz-p gz-muted'>{t.intro}</Text>
      {!id && (
        <Btn kind='secondary' size='main' block onClick={() => go(PAGES.heldTexts)}>
          {t.held}
        </Btn>
      )}
      {id ? <PollAudit pollId={id} /> : <Pick />}
    </Page>
  );
}
