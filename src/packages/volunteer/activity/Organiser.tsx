// The organiser's card on a 志愿活动: the check-in code, checking people in, confirming attendance.
import { Text, View } from '@tarojs/components';
import { Btn } from '../../../components/Btn';
import { Notice } from '../../../components/states';
import { headingA11y } from '../../../components/a11y';
import { call, type Output } from '../../../services/api';
import { activityText as t } from '../../../copy/volunteers';
import { QrCode } from '../components/QrCode';
import { useAct, type Said } from '../components/useAct';

type Detail = Output<'volunteers.activity'>;

export function Organiser({ d, reload, say }: { d: Detail; reload: () => Promise<void>; say: (s: Said) => void }) {
  const a = useAct(reload, say);
  const activityId = d.activity.id;
  const toConfirm = d.roster.filter((r) => r.checkedIn && !r.confirmed);
  return (
    <View className='gz-card'>
      <Text className='gz-h2' {...headingA11y(2)}>
        {t.organiser}
      </Text>
      {d.checkInCode && <QrCode text={d.checkInCode} />}
      {d.checkInCode && <Text className='gz-vol-code'>{t.codeShown(d.checkInCode)}</Text>}
      <Text className='gz-muted'>{t.codeHint}</Text>
      {d.roster.map((r) => (
        <View key={r.userId} className='gz-vol-person'>
          <Text>
            {r.name}
            {r.confirmed ? `（${t.attended}）` : r.checkedIn ? `（${t.checkedIn}）` : ''}
          </Text>
          {!r.checkedIn && d.checkInOpen && (
            <Btn size='small' busy={a.doing === r.userId} onClick={() => void a.act(r.userId, async () => (await call('volunteers.checkIn', { activityId, userId: r.userId }), `${r.name}：${t.checkedIn}`))}>
              {t.checkInFor(r.name)}
            </Btn>
          )}
        </View>
      ))}
      {a.formError && <Notice kind='error'>{a.formError}</Notice>}
      {d.started && (
        <Btn
          kind='primary'
          size='main'
          block
          disabled={toConfirm.length === 0}
          busy={a.doing === 'confirm'}
          onClick={() =>
            void a.act('confirm', async () => {
              const r = await call('volunteers.confirm', { activityId, userIds: toConfirm.map((x) => x.userId) });
              return t.confirmedAll(r.credited, String(r.minutes / 60));
            })
          }
        >
          {toConfirm.length ? t.confirmAll(toConfirm.length) : t.nothingToConfirm}
        </Btn>
      )}
    </View>
  );
}
