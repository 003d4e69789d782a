// Live participation against the 2/3 quorum (numbers and a bar, overall and per building), and the units that have not voted yet.
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { Btn } from '../../../components/Btn';
import { Failed, Loading, Notice } from '../../../components/states';
import { useAction } from '../../../components/useAction';
import { usePagedList } from '../../../components/usePagedList';
import { useRefresh } from '../../../components/useRefresh';
import { headingA11y } from '../../../components/a11y';
import { go } from '../../../components/nav';
import { call, type Output } from '../../../services/api';
import { PAGES } from '../../../routes';
import { detailText as t } from '../../../copy/polls';
import { h5, twoThirdsOf, centiText } from './model';

function Meter({ label, voted, need, total, fraction, met }: { label: string; voted: string; need: string; total: string; fraction: number; met: boolean }) {
  const pct = Math.max(0, Math.min(100, Math.round(fraction * 1000) / 10));
  return (
    <View className='gz-meter'>
      <Text className='gz-meter__label'>
        {label}：{met ? t.met : t.notMet}
      </Text>
      <View className='gz-meter__bar' {...(h5 ? { 'aria-hidden': 'true' } : {})}>
        <View className='gz-meter__fill' style={{ width: `${pct}%` }} />
        <View className='gz-meter__mark' />
      </View>
      <Text className='gz-meter__text'>
        {t.joined(voted, need)}
        {t.ofTotal(voted, total)}
      </Text>
    </View>
  );
}

export function Progress({ pollId }: { pollId: string }) {
  const p = useAction('polls.progress', { pollId }, [pollId]);
  useRefresh(p.reload);
  if (p.state === 'loading' && !p.data) return <Loading />;
  if (p.state === 'error' && !p.data) return <Failed error={p.error} onRetry={p.reload} />;
  if (!p.data) return null;
  const { overall, buildings } = p.data;
  const { heads, area, areaText, quorum } = overall;
  return (
    <View className='gz-card'>
      <Text className='gz-h2' {...headingA11y(2)}>
        {t.progress}
      </Text>
      {heads && area && areaText && quorum ? (
        <>
          <Text className='gz-p'>{t.quorum}</Text>
          <Meter
            label={t.area}
            voted={`${areaText.voted} ㎡`}
            need={`${centiText(twoThirdsOf(area.den))} ㎡`}
            total={`${areaText.total} ㎡`}
            fraction={Number(area.den) ? Number(area.num) / Number(area.den) : 0}
            met={quorum.areaMet}
          />
          <Meter
            label={t.heads}
            voted={`${heads.num} 人`}
            need={`${twoThirdsOf(heads.den).toString()} 人`}
            total={`${heads.den} 人`}
            fraction={Number(heads.den) ? Number(heads.num) / Number(heads.den) : 0}
            met={quorum.headsMet}
          />
        </>
      ) : (
        <Text className='gz-p'>{t.ballots(overall.ballots, overall.units.voted, overall.units.total)}</Text>
      )}
      {buildings.length > 0 && (
        <>
          <Text className='gz-h2' {...headingA11y(3)}>
            {t.byBuilding}
          </Text>
          <View className='gz-rows' {...(h5 ? { role: 'list' } : {})}>
            {buildings.map((b) => (
              <Text key={b.id} className='gz-rowline' {...(h5 ? { role: 'listitem' } : {})}>
                {b.name}：{t.buildingLine(b.units.voted, b.units.total, b.heads.voted, b.heads.total, b.area.voted, b.area.total)}
              </Text>
            ))}
          </View>
        </>
      )}
    </View>
  );
}

type NonVoter = Output<'polls.nonVoters'>['items'][number];

export function NonVoters({ pollId }: { pollId: string }) {
  const pages = usePagedList<NonVoter>((skip) => call('polls.nonVoters', { pollId, ...(skip ? { skip } : {}) }));
  // Read only when asked for (a long list the committee opens on purpose).
  const [asked, setAsked] = useState(false);
  const busy = asked && !!pages.loading;
  const items = pages.list?.items ?? null;
  const next = !pages.list || pages.list.hasMore;
  const error = pages.error?.message ?? null;
  const load = () => {
    if (busy) return;
    setAsked(true);
    void (pages.list ? pages.more() : pages.reload());
  };
  return (
    <View className='gz-card'>
      <Text className='gz-h2' {...headingA11y(2)}>
        {t.nonVoters}
      </Text>
      {items && items.length === 0 && <Text className='gz-p'>{t.noNonVoters}</Text>}
      {items && items.length > 0 && (
        <View className='gz-rows' {...(h5 ? { role: 'list' } : {})}>
          {items.map((u) => (
            <Text key={u.unitId} className='gz-rowline' {...(h5 ? { role: 'listitem' } : {})}>
              {u.label}
            </Text>
          ))}
        </View>
      )}
      {error && <Notice kind='error'>{error}</Notice>}
      {next && (
        <Btn kind='secondary' block busy={busy} onClick={() => void load()}>
          {items ? t.more : t.showNonVoters}
        </Btn>
      )}
      <Btn kind='secondary' block onClick={() => go(`${PAGES.pollCanvass}?id=${encodeURIComponent(pollId)}`)}>
        {t.canvass}
      </Btn>
    </View>
  );
}
