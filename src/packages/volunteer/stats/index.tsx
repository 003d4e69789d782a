// 志愿统计: hours per team in each of the last six months, and the leaderboard of those who chose
// to be on it; I choose here whether my name appears.
import { Text, View } from '@tarojs/components';
import { Page } from '../../../components/Page';
import { Chips } from '../../../components/Choice';
import { Failed, Loading, Notice } from '../../../components/states';
import { useAction, useReloadOnShow } from '../../../components/useAction';
import { headingA11y } from '../../../components/a11y';
import { useSubmit } from '../../../components/useSubmit';
import { call } from '../../../services/api';
import { statsText as t } from '../../../copy/volunteers';
import '../components/volunteer.css';

const h5 = process.env.TARO_ENV === 'h5';
const monthWord = (m: string) => `${Number(m.slice(5))}月`;

export default function StatsPage() {
  const stats = useAction('volunteers.stats');
  useReloadOnShow(stats.reload);
  // One choice, no field of its own: a refusal is said under it, as is 已保存.
  const f = useSubmit({ fields: [] });
  const d = stats.data;
  const choose = async (v: 'on' | 'off') => {
    const saved = await f.run(() => call('volunteers.leaderboard', { show: v === 'on' }), () => t.saved);
    if (saved) await stats.reload();
  };
  return (
    <Page className='gz-vol'>
      <Text className='gz-h1' {...headingA11y(1)}>
        {t.title}
      </Text>
      {stats.state === 'loading' && !d && <Loading />}
      {stats.state === 'error' && !d && <Failed error={stats.error} onRetry={stats.reload} />}
      {d && (
        <>
          <Text className='gz-h2' {...headingA11y(2)}>
            {t.byTeam}
          </Text>
          {d.teams.length === 0 && <Text className='gz-p gz-muted'>{t.none}</Text>}
          {d.teams.map((team) => (
            <View key={team.teamId} className='gz-card'>
              <Text className='gz-card__title'>
                {team.teamName}（{t.total(team.total)}）
              </Text>
              <View className='gz-kv' {...(h5 ? { role: 'list', 'aria-label': team.teamName } : {})}>
                {d.months.map((m, i) => (
                  <Text key={m} {...(h5 ? { role: 'listitem' } : {})}>
                    {monthWord(m)}：{team.months[i]}
                  </Text>
                ))}
              </View>
            </View>
          ))}
          <Text className='gz-h2' {...headingA11y(2)}>
            {t.board}
          </Text>
          {d.leaderboard.length === 0 && <Text className='gz-p gz-muted'>{t.noBoard}</Text>}
          {d.leaderboard.length > 0 && (
            <View className='gz-card gz-vol-table' {...(h5 ? { role: 'list', 'aria-label': t.board } : {})}>
              {d.leaderboard.map((b) => (
                <Text key={b.rank} className='gz-vol-line' {...(h5 ? { role: 'listitem' } : {})}>
                  {t.rank(b.rank, b.name, b.hours)}
                </Text>
              ))}
            </View>
          )}
          <View className='gz-card'>
            <Text className='gz-field__label' id='optin-label'>
              {t.optIn}
            </Text>
            <Chips
              labelledBy='optin-label'
              options={[
                { value: 'on', label: t.on },
                { value: 'off', label: t.off },
              ]}
              value={d.myOptIn ? 'on' : 'off'}
              onChange={(v) => void choose(v)}
            />
            {f.formError && <Notice kind='error'>{f.formError}</Notice>}
            {f.done && <Notice kind='ok'>{f.done}</Notice>}
          </View>
        </>
      )}
    </Page>
  );
}
