// 志愿服务证明: who served, how many hours in all, each activity with its date, organiser and
// hours, credited from confirmed attendance only; the organiser records, the community certifies.
import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { Page } from '../../../components/Page';
import { Btn } from '../../../components/Btn';
import { Failed, Loading, Notice } from '../../../components/states';
import { useAction, useReloadOnShow } from '../../../components/useAction';
import { headingA11y } from '../../../components/a11y';
import { routeParam } from '../../../components/nav';
import { useSubmit } from '../../../components/useSubmit';
import { chinaDate as cstDay } from '../../../domain/chinaTime';
import { call } from '../../../services/api';
import { certificateText as t } from '../../../copy/volunteers';
import '../components/volunteer.css';

const h5 = process.env.TARO_ENV === 'h5';

/** The community certifies what the organisers recorded; hours confirmed later wait for it. */
function Certify({ userId, onDone }: { userId: string; onDone: () => void }) {
  const f = useSubmit({ fields: [] });
  const certify = () => f.run(() => call('volunteers.certify', { userId }), () => onDone());
  const { busy, formError: error } = f;
  return (
    <View>
      {error && <Notice kind='error'>{error}</Notice>}
      <Btn kind='primary' size='main' block busy={busy} onClick={() => void certify()}>
        {busy ? t.certifying : t.certify}
      </Btn>
    </View>
  );
}

export default function CertificatePage() {
  // Someone else's (the community, from a team's member list), or one's own.
  const userId = routeParam(useRouter()?.params?.userId);
  const cert = useAction('volunteers.certificate', userId ? { userId } : {}, [userId]);
  useReloadOnShow(cert.reload);
  const [certifiedNow, setCertifiedNow] = useState(false);
  const d = cert.data;
  return (
    <Page className='gz-vol'>
      <Text className='gz-h1' {...headingA11y(1)}>
        {t.title}
      </Text>
      {cert.state === 'loading' && !d && <Loading />}
      {cert.state === 'error' && !d && <Failed error={cert.error} onRetry={cert.reload} />}
      {d && (
        <View className='gz-card gz-vol-cert'>
          <Text className='gz-card__title'>{t.holder(d.name)}</Text>
          <Text className='gz-vol-line'>{t.total(d.hours, d.count)}</Text>
          {d.organisers.length > 0 && <Text className='gz-vol-line'>{t.organisers(d.organisers.join('、'))}</Text>}
          {d.records.length === 0 && <Text className='gz-p'>{t.none}</Text>}
          {d.records.length > 0 && (
            <>
              <Text className='gz-h2' {...headingA11y(2)}>
                {t.records}
              </Text>
              <View className='gz-vol-table' {...(h5 ? { role: 'list', 'aria-label': t.records } : {})}>
                {d.records.map((r) => (
                  <View key={r.id} className='gz-vol-person' {...(h5 ? { role: 'listitem' } : {})}>
                    <Text className='gz-vol-line'>{t.record(cstDay(r.startAt), r.title, r.team, r.hours)}</Text>
                    <Text className='gz-muted'>
                      {t.organiserLine(r.organiser)} · {r.certified ? t.recordCertified : t.recordAwaiting}
                    </Text>
                  </View>
                ))}
              </View>
            </>
          )}
          <Text className='gz-p'>{t.statement}</Text>
          <Text className='gz-p gz-vol-line'>{d.certification ? t.certified(d.certification.by, cstDay(d.certification.at), d.certification.hours) : t.notCertified}</Text>
          {d.certification && d.awaiting > 0 && <Text className='gz-p'>{t.awaiting(d.awaiting)}</Text>}
          {certifiedNow && <Notice kind='ok'>{t.certifiedNow}</Notice>}
          {d.canCertify && userId && d.awaiting > 0 && <Certify userId={userId} onDone={() => (setCertifiedNow(true), void cert.reload())} />}
          <Text className='gz-muted'>{t.issued(cstDay(d.issuedAt))}</Text>
        </View>
      )}
    </Page>
  );
}
