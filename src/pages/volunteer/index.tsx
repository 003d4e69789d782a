// 志愿 (tab): my hours and coming sign-ups (confirmed or where I stand on the waitlist), the
// coming activities with places left, and the teams with where I stand in each. Links to the
// certificate, the stats and, for the care team and the community only, 结对帮扶.
import { Text, View } from '@tarojs/components';
import { Page } from '../../components/Page';
import { Btn } from '../../components/Btn';
import { Empty, Failed, Loading } from '../../components/states';
import { useAction, useReloadOnShow } from '../../components/useAction';
import { buttonA11y, headingA11y } from '../../components/a11y';
import { go } from '../../components/nav';
import { PAGES } from '../../routes';
import { volunteerText as t } from '../../ui/strings/volunteer';
import { ActivityCard } from './ActivityCard';
import './index.css';

const h5 = process.env.TARO_ENV === 'h5';

export default function VolunteerPage() {
  const me = useAction('me');
  const mine = useAction('volunteers.mine');
  const coming = useAction('volunteers.activities', {});
  const teams = useAction('volunteers.teams');
  useReloadOnShow(() => {
    void mine.reload();
    void coming.reload();
    void teams.reload();
  });

  const roles = me.data?.user.roles ?? [];
  const careLink = roles.includes('community') || (mine.data?.teams ?? []).some((x) => x.id === (mine.data?.careTeamId ?? 'team:care'));
  const signedUp = new Map((mine.data?.items ?? []).map((i) => [i.activity.id, i.me]));

  return (
    <Page className='gz-vol'>
      <Text className='gz-h1' {...headingA11y(1)}>
        {t.title}
      </Text>
      <Text className='gz-p gz-muted'>{t.intro}</Text>

      <Text className='gz-h2' {...headingA11y(2)}>
        {t.mine}
      </Text>
      {mine.state === 'loading' && !mine.data && <Loading />}
      {mine.state === 'error' && !mine.data && <Failed error={mine.error} onRetry={mine.reload} />}
      {mine.data && (
        <View className='gz-card'>
          <Text className='gz-card__title'>{t.hours(mine.data.hours)}</Text>
          <View className='gz-actions'>
            <Btn kind='primary' onClick={() => go(PAGES.volunteerCertificate)}>
              {t.certificate}
            </Btn>
            <Btn onClick={() => go(PAGES.volunteerStats)}>{t.stats}</Btn>
            {careLink && <Btn onClick={() => go(PAGES.careList)}>{t.care}</Btn>}
          </View>
        </View>
      )}
      {mine.data && mine.data.items.length === 0 && <Text className='gz-p gz-muted'>{t.noSignups}</Text>}
      {mine.data && mine.data.items.length > 0 && (
        <View className='gz-list' {...(h5 ? { role: 'list', 'aria-label': t.mine } : {})}>
          {mine.data.items.map((i) => (
            <View key={i.activity.id} {...(h5 ? { role: 'listitem' } : {})}>
              <ActivityCard a={i.activity} me={i.me} />
            </View>
          ))}
        </View>
      )}

      <Text className='gz-h2' {...headingA11y(2)}>
        {t.coming}
      </Text>
      {coming.state === 'loading' && !coming.data && <Loading />}
      {coming.state === 'error' && !coming.data && <Failed error={coming.error} onRetry={coming.reload} />}
      {coming.data && coming.data.items.length === 0 && <Empty title={t.noActivities} />}
      {coming.data && coming.data.items.length > 0 && (
        <View className='gz-list' {...(h5 ? { role: 'list', 'aria-label': t.coming } : {})}>
          {coming.data.items.map((a) => (
            <View key={a.id} {...(h5 ? { role: 'listitem' } : {})}>
              <ActivityCard a={a} me={signedUp.get(a.id)} />
            </View>
          ))}
        </View>
      )}

      <Text className='gz-h2' {...headingA11y(2)}>
        {t.teams}
      </Text>
      {teams.state === 'loading' && !teams.data && <Loading />}
      {teams.state === 'error' && !teams.data && <Failed error={teams.error} onRetry={teams.reload} />}
      {teams.data && (
        <View className='gz-list' {...(h5 ? { role: 'list', 'aria-label': t.teams } : {})}>
          {teams.data.items.map((team) => {
            const open = () => go(`${PAGES.volunteerTeam}?id=${encodeURIComponent(team.id)}`);
            const status = team.myStatus ? t.status[team.myStatus] : '';
            return (
              <View key={team.id} {...(h5 ? { role: 'listitem' } : {})}>
                <View className='gz-row gz-row--link' hoverClass='gz-btn--pressed' onClick={open} {...buttonA11y({ onActivate: open, label: [team.name, t.leader(team.leaderName), t.members(team.members), status].filter(Boolean).join('，') })}>
                  <View className='gz-row__main'>
                    <Text className='gz-row__title'>{team.name}</Text>
                    <Text className='gz-muted'>
                      {t.leader(team.leaderName)} · {t.members(team.members)}
                      {status ? ` · ${status}` : ''}
                    </Text>
                  </View>
                </View>
              </View>
            );
          })}
        </View>
      )}
    </Page>
  );
}
