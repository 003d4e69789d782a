// 志愿服务证明: who served, how many hours in all, each activity with its date, organiser and
// hours, credited from confirmed attendance only; the organiser records, the community certifies.
import { Text, View } from '@tarojs/components';
import { Page } from '../../../components/Page';
import { Failed, Loading } from '../../../components/states';
import { useAction, useReloadOnShow } from '../../../components/useAction';
import { headingA11y } from '../../../components/a11y';
import { certificateText as t } from '../strings';
import '../components/volunteer.css';

const h5 = process.env.TARO_ENV === 'h5';
const cstDay = (iso: string) => new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 10);

export default function CertificatePage() {
  const cert = useAction('volunteers.certificate', {});
  useReloadOnShow(cert.reload);
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
                    <Text className='gz-muted'>{t.organiserLine(r.organiser)}</Text>
                  </View>
                ))}
              </View>
            </>
          )}
          <Text className='gz-p'>{t.statement}</Text>
          <Text className='gz-muted'>{t.issued(cstDay(d.issuedAt))}</Text>
        </View>
      )}
    </Page>
  );
}
