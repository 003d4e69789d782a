// 表决 (tab): the compound's polls, grouped: open now, upcoming (drafts and rosters being frozen,
// which only the committee sees) and closed. Each open one I may vote in says "已投" or "未投"
// (a word, not only a colour). The committee starts a new one here ("发起表决").
import { Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { Page } from '../../components/Page';
import { Btn } from '../../components/Btn';
import { Empty, Failed, Loading } from '../../components/states';
import { useAction } from '../../components/useAction';
import { usePagedList } from '../../components/usePagedList';
import { useRefresh } from '../../components/useRefresh';
import { buttonA11y, headingA11y } from '../../components/a11y';
import { go } from '../../components/nav';
import { call, type Output } from '../../services/api';
import { pollsText as t } from '../../ui/strings/polls';
import { PAGES } from '../../routes';
import { formatTime } from '../../ui/format';
import './index.css';

type Item = Output<'polls.list'>['items'][number];
type Group = 'open' | 'upcoming' | 'closed';

const GROUPS: Group[] = ['open', 'upcoming', 'closed'];
const groupOf = (s: Item['status']): Group => (s === 'open' ? 'open' : s === 'draft' || s === 'opening' ? 'upcoming' : 'closed');
const h5 = process.env.TARO_ENV === 'h5';

type Mark = 'voted' | 'notVoted';

/** Whether I voted in each open poll I may vote in: the list does not say, the poll's own page does. */
async function marksOf(items: Item[]): Promise<Record<string, Mark>> {
  const open = items.filter((i) => i.status === 'open');
  const answers = await Promise.all(open.map((i) => call('polls.get', { pollId: i.id }).catch(() => null)));
  const marks: Record<string, Mark> = {};
  open.forEach((item, n) => {
    const me = answers[n]?.me as { ballot?: unknown; canVote?: boolean } | undefined;
    if (me?.ballot) marks[item.id] = 'voted';
    else if (me?.canVote) marks[item.id] = 'notVoted';
  });
  return marks;
}

function PollCard({ item, mark }: { item: Item; mark?: Mark }) {
  const open = () => go(`${item.status === 'published' ? PAGES.pollResults : PAGES.pollDetail}?id=${encodeURIComponent(item.id)}`);
  return (
    <View className='gz-poll' hoverClass='gz-btn--pressed' onClick={open} {...buttonA11y({ onActivate: open })}>
      <View className='gz-poll__meta'>
        <Text className='gz-tag gz-tag--role'>{item.kindLabel}</Text>
        <Text className='gz-tag gz-tag--pending'>{item.statusLabel}</Text>
        {mark === 'voted' && <Text className='gz-tag gz-tag--approved'>{t.voted}</Text>}
        {mark === 'notVoted' && <Text className='gz-tag gz-tag--overdue'>{t.notVoted}</Text>}
      </View>
      <Text className='gz-poll__title'>{item.title}</Text>
      <Text className='gz-poll__meta'>{item.closesAt ? t.closesAt(formatTime(item.closesAt)) : t.noClose}</Text>
    </View>
  );
}

export default function PollsPage() {
  const me = useAction('me');
  const [marks, setMarks] = useState<Record<string, Mark>>({});
  const { list, loading, error, load, more } = usePagedList<Item>(
    (skip) => call('polls.list', skip ? { skip } : {}),
    async (page, skip, current) => {
      const found = await marksOf(page.items);
      if (current()) setMarks((prev) => (skip ? { ...prev, ...found } : found));
    },
  );

  useEffect(() => {
    void load(0);
  }, [load]);
  useRefresh(() => load(0));

  const committee = (me.data?.user.roles ?? []).includes('committee');

  return (
    <Page className='gz-polls'>
      <Text className='gz-h1' {...headingA11y(1)}>
        {t.title}
      </Text>
      <Text className='gz-p gz-muted'>{t.intro}</Text>
      {committee && (
        <Btn kind='primary' size='main' block onClick={() => go(PAGES.pollCreate)}>
          {t.create}
        </Btn>
      )}
      {loading === 'first' && !list && <Loading />}
      {error && !list && <Failed error={error} onRetry={() => void load(0)} />}
      {list && list.items.length === 0 && <Empty title={t.empty} />}
      {list &&
        list.items.length > 0 &&
        GROUPS.map((g) => {
          const items = list.items.filter((i) => groupOf(i.status) === g);
          if (items.length === 0) return null;
          return (
            <View key={g} className='gz-polls__group'>
              <Text className='gz-h2' {...headingA11y(2)}>
                {t[g]}
              </Text>
              <View className='gz-list' {...(h5 ? { role: 'list' } : {})}>
                {items.map((item) => (
                  <View key={item.id} {...(h5 ? { role: 'listitem' } : {})}>
                    <PollCard item={item} mark={marks[item.id]} />
                  </View>
                ))}
              </View>
            </View>
          );
        })}
      {list && error && <Failed error={error} onRetry={() => void more()} />}
      {list && list.hasMore && !error && (
        <Btn kind='secondary' size='main' block busy={loading === 'more'} onClick={() => void more()}>
          {loading === 'more' ? t.loadingMore : t.more}
        </Btn>
      )}
    </Page>
  );
}
