import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Page } from '../../components/Page';
import { ElderSwitch } from '../../components/ElderSwitch';
import { Empty, Failed, Loading } from '../../components/states';
import { useAction, useReloadOnShow } from '../../components/useAction';
import { buttonA11y, headingA11y } from '../../components/a11y';
import { go } from '../../components/nav';
import { ROLE_LABELS, type Role } from '../../domain/roles';
import { currentGroup } from '../../services/groups';
import { notifyEntries } from '../../ui/strings/notify';
import { claimStatusLabel, elder as elderText, me as t } from '../../ui/strings';
import { PAGES } from '../../routes';
import { formatTime, groupPhone } from '../../ui/format';
import { hasDevSignIn, signOut } from '../../services/devSession';
import type { Me } from '../../services/api';
import { govEntries } from '../../ui/strings/governance';
import { mayClaimAHome, mayGrantRoles, mayReviewClaims } from '../../domain/permissions/people';
import { mayCheckOwnBallots } from '../../domain/permissions/polls';
import { mayReadAudit } from '../../domain/permissions/audit';
import { hasTasks, mayDispatch } from '../../domain/permissions/tasks';
import { mayReadIssueStats } from '../../domain/permissions/issues';
import { mayInspect } from '../../domain/permissions/governance';
import { mayCompareCompounds, maySetUpCompounds } from '../../domain/permissions/tenancy';

function Entry({ label, url }: { label: string; url: string }) {
  const open = () => go(url);
  return (
    <View className='gz-row gz-row--link' hoverClass='gz-btn--pressed' onClick={open} {...buttonA11y({ onActivate: open })}>
      <Text className='gz-row__title'>{label}</Text>
    </View>
  );
}

function entriesFor(roles: Role[], verifiedUnits: number): { label: string; url: string }[] {
  const has = (r: Role) => roles.includes(r);
  const list: { label: string; url: string }[] = [];
  // Verification is for residents: a verified owner may add another flat; property staff are
  // not asked to verify as owners.
  const who = { roles };
  if (mayClaimAHome(who)) list.push({ label: verifiedUnits > 0 ? t.claimAnother : t.claim, url: PAGES.claim });
  // Joining: a newcomer finds their compound; anyone in one invites neighbours (QR code, share card).
  if (roles.length === 0) list.push({ label: '找我的小区', url: PAGES.findCompound });
  list.push({ label: '邀请邻居加入本小区', url: PAGES.inviteToCompound });
  if (has('committee')) list.push({ label: t.review, url: PAGES.review });
  if (mayReviewClaims(who)) list.push({ label: t.rosterImport, url: PAGES.rosterImport });
  if (mayGrantRoles(who)) list.push({ label: t.roles, url: PAGES.roles });
  // 核对我的选票 and the audit screen live in the polls subpackage (packages/polls/mine, audit).
  if (mayCheckOwnBallots(who)) list.push({ label: '核对我的选票', url: PAGES.myBallots });
  if (mayReadAudit(who)) list.push({ label: '操作记录(表决、关怀)', url: PAGES.pollAudit });
  if (hasTasks(who)) list.push({ label: t.myTasks, url: PAGES.myTasks });
  if (mayDispatch(who)) list.push({ label: t.dispatchBoard, url: PAGES.dispatchBoard });
  if (mayReadIssueStats(who)) list.push({ label: t.issueStats, url: PAGES.issueStats });
  // 三方共治: everyone reads these; the quality director also runs the quarter's inspection.
  if (mayInspect(who)) list.push({ label: govEntries.inspection, url: PAGES.inspection });
  if (mayCompareCompounds(who)) list.push({ label: '各小区比较', url: PAGES.compare });
  if (maySetUpCompounds(who)) list.push({ label: '小区设置', url: PAGES.compoundSettings }, { label: '开通小区', url: PAGES.compoundNew });
  list.push({ label: govEntries.meetings, url: PAGES.meetings }, { label: govEntries.scorecard, url: PAGES.scorecard }, { label: govEntries.plan, url: PAGES.plan }, { label: govEntries.notices, url: PAGES.notices });
  if (has('admin')) list.push({ label: notifyEntries.outbox, url: PAGES.outbox });
  list.push({ label: t.nickname, url: PAGES.nickname }, { label: t.privacy, url: PAGES.privacy });
  const group = currentGroup();
  if (group) list.push({ label: notifyEntries.group, url: `${PAGES.groupItems}?group=${group}` });
  return list;
}

function Profile({ data }: { data: Me }) {
  const { user, units, claims, compound } = data;
  return (
    <>
      <Text className='gz-h1' {...headingA11y(1)}>
        {user.name}
      </Text>
      {compound && <Entry label={`${t.compound}:${compound.name}(切换)`} url={PAGES.compounds} />}
      <View className='gz-card'>
        <View className='gz-kv'>
          <Text className='gz-kv__k'>{t.rolesLabel}</Text>
          <View>
            {user.roles.length === 0 ? (
              <Text>{t.noRoles}</Text>
            ) : (
              user.roles.map((r) => (
                <Text key={r} className='gz-tag gz-tag--role'>
                  {ROLE_LABELS[r] ?? r}
                </Text>
              ))
            )}
          </View>
        </View>
        <View className='gz-kv'>
          <Text className='gz-kv__k'>{t.phone}</Text>
          <Text className='gz-phone'>{user.phone ? groupPhone(user.phone) : t.noPhone}</Text>
        </View>
        {user.phone && <Text className='gz-muted'>{t.phoneHint}</Text>}
      </View>

      <Text className='gz-h2' {...headingA11y(2)}>
        {t.units}
      </Text>
      {units.length === 0 ? (
        <Empty title={t.noUnits} />
      ) : (
        <View className='gz-list'>
          {units.map((u) => (
            <View key={u.unitId} className='gz-row'>
              <View className='gz-row__main'>
                <Text className='gz-row__title'>{u.label}</Text>
                <Text className='gz-muted'>{[u.zone, u.building].filter(Boolean).join(' · ')}</Text>
              </View>
              <Text>
                {t.area} {u.areaText}
              </Text>
            </View>
          ))}
        </View>
      )}

      {/* A verified owner (from the committee's roster) never applied: no "no applications" line. */}
      {(claims.length > 0 || units.length === 0) && (
        <Text className='gz-h2' {...headingA11y(2)}>
          {t.claims}
        </Text>
      )}
      {claims.length === 0 ? (
        units.length === 0 && <Text className='gz-p gz-muted'>{t.noClaims}</Text>
      ) : (
        <View className='gz-list'>
          {claims.map((c) => (
            <View key={c.id} className='gz-row'>
              <View className='gz-row__main'>
                <Text className='gz-row__title'>{c.unitLabel}</Text>
                <Text className='gz-muted'>{formatTime(c.at)}</Text>
                {c.status === 'rejected' && c.reason && (
                  <Text>
                    {t.claimReason}：{c.reason}
                  </Text>
                )}
              </View>
              <Text className={`gz-tag gz-tag--${c.status}`}>{claimStatusLabel[c.status]}</Text>
            </View>
          ))}
        </View>
      )}
    </>
  );
}

export default function MePage() {
  const me = useAction('me');
  useReloadOnShow(me.reload);

  const switchPersona = async () => {
    await signOut().catch(() => undefined);
    void Taro.reLaunch({ url: `${PAGES.signIn}?back=${encodeURIComponent(PAGES.me)}` });
  };

  return (
    <Page>
      {me.state === 'loading' && !me.data && <Loading />}
      {me.state === 'error' && !me.data && <Failed error={me.error} onRetry={me.reload} />}
      {me.data && <Profile data={me.data} />}

      <Text className='gz-h2' {...headingA11y(2)}>
        {elderText.label}
      </Text>
      <ElderSwitch />
      <Text className='gz-p gz-muted'>{elderText.explain}</Text>

      {me.data && (
        <>
          <Text className='gz-h2' {...headingA11y(2)}>
            {t.entries}
          </Text>
          <View className='gz-list'>
            {entriesFor(me.data.user.roles, me.data.units.length).map((e) => (
              <Entry key={e.url} {...e} />
            ))}
          </View>
        </>
      )}
      {hasDevSignIn && (
        <View className='gz-list gz-devlinks'>
          <View className='gz-row gz-row--link' onClick={switchPersona} {...buttonA11y({ onActivate: switchPersona })}>
            <Text className='gz-row__title'>{t.switchPersona}</Text>
          </View>
        </View>
      )}
    </Page>
  );
}
