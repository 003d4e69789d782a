// 表决 (tab): the compound's polls, grouped: open now, upcoming (drafts and rosters being frozen,
// which only the committee sees) and closed. Each shows its kind, title, closing time and "已投"
// once I voted. The committee starts a new one here ("发起表决").
import { Text, View } from '@tarojs/components';
import { useCallback, useEffect, useRef, useState } from 'react';
import { Page } from '../../components/Page';
import { Btn } from '../../components/Btn';
import { Empty, Failed, Loading } from '../../components/states';
import { handleSignedOut, useAction, useReloadOnShow } from '../../components/useAction';
import { buttonA11y, headingA11y } from '../../components/a11y';
import { go } from '../../components/nav';
import { call, isApiError, ApiError, type Output } from '../../services/api';
import { pollsText as t } from '../../ui/strings/polls';
import { PAGES } from '../../ui/routes';
import { formatTime } from '../../ui/format';
import './index.css';

type Item = Output<'polls.list'>['items'][number];
type Group = 'open' | 'upcoming' | 'closed';

const GROUPS: Group[] = ['open', 'upcoming', 'closed'];
const groupOf = (s: Item['status']): Group => (s === 'open' ? 'open' : s === 'draft' || s === 'opening' ? 'upcoming' : 'closed');
const h5 = process.env.TARO_ENV === 'h5';

interface Loaded {
  items: Item[];
  hasMore: boolean;
  nextSkip: number;
}

/** Whether I voted in an open poll: the list does not say, the poll's own page does. */
async function votedIn(items: Item[]): Promise<string[]> {
  const open = items.filter((i) => i.status === 'open');
  const answers = await Promise.all(open.map((i) => call('polls.get', { pollId: i.id }).catch(() => null)));
  return open.filter((_, n) => !!(answers[n]?.me as { ballot?: unknown } | undefined)?.ballot).map((i) => i.id);
}

function PollCard({ item, voted }: { item: Item; voted: boolean }) {
  const open = () => go(`${item.status === 'published' ? PAGES.pollResults : PAGES.pollDetail}?id=${encodeURIComponent(item.id)}`);
  return (
    <View className='gz-poll' hoverClass='gz-btn--pressed' onClick={open} {...buttonA11y({ onActivate: open })}>
      <View className='gz-poll__meta'>
        <Text className='gz-tag gz-tag--role'>{item.kindLabel}</Text>
        <Text className='gz-tag gz-tag--pending'>{item.statusLabel}</Text>
        {voted && <Text className='gz-tag gz-tag--approved'>{t.voted}</Text>}
      </View>
      <Text className='gz-poll__title'>{item.title}</Text>
      <Text className='gz-poll__meta'>{item.closesAt ? t.closesAt(formatTime(item.closesAt)) : t.noClose}</Text>
    </View>
  );
}

export default function PollsPage() {
  const me = useAction('me');
  const [list, setList] = useState<Loaded | null>(null);
  const [voted, setVoted] = useState<string[]>([]);
  const [loading, setLoading] = useState<'first' | 'more' | null>('first');
  const [error, setError] = useState<ApiError | null>(null);
  const seq = useRef(0);

  const load = useCallback(async (skip: number) => {
    const mine = ++seq.current;
    setLoading(skip ? 'more' : 'first');
    setError(null);
    try {
      const r = await call('polls.list', skip ? { skip } : {});
      if (mine !== seq.current) return;
      setList((prev) => ({ items: skip && prev ? [...prev.items, ...r.items] : r.items, hasMore: r.hasMore, nextSkip: r.nextSkip }));
      const mark = await votedIn(r.items);
      if (mine === seq.current) setVoted((prev) => (skip ? [...prev, ...mark] : mark));
    } catch (e) {
      if (mine !== seq.current) return;
      if (!handleSignedOut(e)) setError(isApiError(e) ? e : new ApiError({ code: 'internal', message: String(e) }));
    } finally {
      if (mine === seq.current) setLoading(null);
    }
  }, []);

  useEffect(() => {
    void load(0);
  }, [load]);
  useReloadOnShow(() => load(0));

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
                    <PollCard item={item} voted={voted.includes(item.id)} />
                  </View>
                ))}
              </View>
            </View>
          );
        })}
      {list && error && <Failed error={error} onRetry={() => void load(list.nextSkip)} />}
      {list && list.hasMore && !error && (
        <Btn kind='secondary' size='main' block busy={loading === 'more'} onClick={() => void load(list.nextSkip)}>
          {loading === 'more' ? t.loadingMore : t.more}
        </Btn>
      )}
    </Page>
  );
}
