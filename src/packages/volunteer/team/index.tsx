// 服务队: what the team does, its leader and members, its coming activities; asking to join with
// a word to the leader. The leader (or the community / committee) approves or declines requests
// and posts new activities.
import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { Page } from '../../../components/Page';
import { Btn } from '../../../components/Btn';
import { TextInput } from '../../../components/Field';
import { Empty, Failed, Loading, Notice } from '../../../components/states';
import { useAction } from '../../../components/useAction';
import { useRefresh } from '../../../components/useRefresh';
import { headingA11y } from '../../../components/a11y';
import { go, routeParam } from '../../../components/nav';
import { call } from '../../../services/api';
import { joinTeamInput } from '../../../domain/schemas/volunteers';
import { useAct, type Said } from '../components/useAct';
import { PAGES } from '../../../routes';
import { ActivityCard } from '../../../pages/volunteer/ActivityCard';
import { teamText as t } from '../../../copy/volunteers';
import '../components/volunteer.css';

const h5 = process.env.TARO_ENV === 'h5';

export default function TeamPage() {
  const router = useRouter();
  const id = routeParam(router.params.id);
  const team = useAction('volunteers.team', { teamId: id }, [id]);
  // The community certifies members' service records: their names open each one's certificate.
  const me = useAction('me');
  const community = !!me.data?.user.roles.includes('community');
  useRefresh(team.reload);
  const [note, setNote] = useState('');
  const [said, setSaid] = useState<Said>(null);
  const a = useAct(team.reload, setSaid, ['note']);
  const busy = a.doing;

  if (!id) return <Page><Empty title={t.noId} /></Page>;
  const d = team.data;

  const run = a.act;
  const join = () => {
    const input = a.check(joinTeamInput, { teamId: id, ...(note.trim() ? { note } : {}) });
    if (input) void run('join', async () => (await call('volunteers.team.join', input), t.joined));
  };

  return (
    <Page className='gz-vol'>
      {team.state === 'loading' && !d && <Loading />}
      {team.state === 'error' && !d && <Failed error={team.error} onRetry={team.reload} />}
      {d && (
        <>
          <Text className='gz-h1' {...headingA11y(1)}>
            {d.team.name}
          </Text>
          <View className='gz-card'>
            <Text className='gz-p'>{d.team.description}</Text>
            <Text className='gz-vol-line'>{t.leader(d.team.leaderName)}</Text>
          </View>
          {said && <Notice kind={said.kind}>{said.text}</Notice>}
          {a.formError && <Notice kind='error'>{a.formError}</Notice>}
          {d.myStatus === 'leader' && <Notice kind='info'>{t.leaderSelf}</Notice>}
          {d.myStatus === 'member' && <Notice kind='info'>{t.member}</Notice>}
          {d.myStatus === 'pending' && <Notice kind='info'>{t.pendingSelf}</Notice>}
          {(d.myStatus === null || d.myStatus === 'declined') && (
            <View className='gz-card'>
              {d.myStatus === 'declined' && <Text className='gz-p'>{t.declined}</Text>}
              <TextInput id='join-note' label={t.joinNote} value={note} onChange={(v) => (setNote(v), a.clear('note'))} maxLength={60} error={a.errors.note} />
              <Btn kind='primary' size='main' block busy={busy === 'join'} onClick={join}>
                {t.join}
              </Btn>
            </View>
          )}
          {d.canManage && (
            <>
              <Btn kind='primary' size='main' block onClick={() => go(`${PAGES.volunteerActivityNew}?teamId=${encodeURIComponent(id)}`)}>
                {t.newActivity}
              </Btn>
              <Text className='gz-h2' {...headingA11y(2)}>
                {t.requests}
              </Text>
              {d.pending.length === 0 && <Text className='gz-p gz-muted'>{t.noRequests}</Text>}
              {d.pending.map((p) => (
                <View key={p.userId} className='gz-card'>
                  <Text className='gz-card__title'>{p.name}</Text>
                  {p.note && <Text className='gz-card__body'>{p.note}</Text>}
                  <View className='gz-actions'>
                    <Btn kind='primary' busy={busy === `a${p.userId}`} onClick={() => void run(`a${p.userId}`, async () => (await call('volunteers.team.decide', { teamId: id, userId: p.userId, decision: 'approve' }), t.approved(p.name)))}>
                      {t.approve(p.name)}
                    </Btn>
                    <Btn busy={busy === `d${p.userId}`} onClick={() => void run(`d${p.userId}`, async () => (await call('volunteers.team.decide', { teamId: id, userId: p.userId, decision: 'decline' }), t.declinedDone(p.name)))}>
                      {t.decline(p.name)}
                    </Btn>
                  </View>
                </View>
              ))}
            </>
          )}
          <Text className='gz-h2' {...headingA11y(2)}>
            {t.activities}
          </Text>
          {d.activities.length === 0 && <Text className='gz-p gz-muted'>{t.noActivities}</Text>}
          <View className='gz-list' {...(h5 ? { role: 'list', 'aria-label': t.activities } : {})}>
            {d.activities.map((a) => (
              <View key={a.id} {...(h5 ? { role: 'listitem' } : {})}>
                <ActivityCard a={a} />
              </View>
            ))}
          </View>
          <Text className='gz-h2' {...headingA11y(2)}>
            {t.members(d.members.length)}
          </Text>
          {d.members.length === 0 && <Text className='gz-p gz-muted'>{t.noMembers}</Text>}
          {d.members.length > 0 && (
            <View className='gz-card gz-vol-table' {...(h5 ? { role: 'list', 'aria-label': t.members(d.members.length) } : {})}>
              {d.members.map((m) =>
                community ? (
                  <View key={m.userId} {...(h5 ? { role: 'listitem' } : {})}>
                    <Btn kind='link' size='normal' label={t.memberCertificate(m.name)} onClick={() => go(`${PAGES.volunteerCertificate}?userId=${encodeURIComponent(m.userId)}`)}>
                      {m.name}
                    </Btn>
                  </View>
                ) : (
                  <Text key={m.userId} className='gz-vol-line' {...(h5 ? { role: 'listitem' } : {})}>
                    {m.name}
                  </Text>
                ),
              )}
            </View>
          )}
        </>
      )}
    </Page>
  );
}
