// 表决结果公示: the result in words (通过 / 未通过 / 未达到参与人数要求; who was elected; a tie said as a
// tie, left to the published tie rule), then the law's arithmetic as exact fractions in a real
// table (a list of rows in the mini-program), and a share button for the neighbours.
import { Text, View } from '@tarojs/components';
import { useRouter, useShareAppMessage } from '@tarojs/taro';
import { sharePath } from '../../../services/sharePath';
import { Page } from '../../../components/Page';
import { PrintSheet } from '../../../components/print/PrintSheet';
import { PrintButton } from '../../../components/print/PrintButton';
import { routeParam } from '../../../components/nav';
import { ShareButton } from '../../../components/ShareButton';
import { SHARE_IMAGES } from '../../../services/groups';
import { Empty, Failed, Loading } from '../../../components/states';
import { useAction } from '../../../components/useAction';
import { headingA11y, liveA11y } from '../../../components/a11y';
import { type Output } from '../../../services/api';
import { PAGES } from '../../../routes';
import { formatTime } from '../../../ui/format';
import { THRESHOLD_WORDS, VOTE_WORDS, resultsText as t } from '../../../copy/polls';
import '../polls.css';
import { Certificate } from './Certificate';
import { PublicRecord } from './PublicRecord';

const h5 = process.env.TARO_ENV === 'h5';

type Data = Output<'polls.results'>;
type Result = NonNullable<Data['result']>;
type Poll = Data['poll'];
interface Frac {
  num: string;
  den: string;
}

/** Hundredths of m² as "1234.56". */
function area(centi: string): string {
  const s = centi.padStart(3, '0');
  return `${s.slice(0, -2)}.${s.slice(-2)}`;
}

interface Row {
  what: string;
  value: string;
  need: string;
  ok: boolean | null;
}

function Table({ caption, rows }: { caption: string; rows: Row[] }) {
  if (!h5) {
    return (
      <View className='gz-rows'>
        <Text className='gz-field__label'>{caption}</Text>
        {rows.map((r) => (
          <Text key={r.what} className='gz-rowline'>
            {r.what}：{r.value}（{t.col.need} {r.need}）{r.ok === null ? '' : r.ok ? t.yes : t.no}
          </Text>
        ))}
      </View>
    );
  }
  return (
    <div className='gz-table-wrap' role='region' aria-label={`${caption}，${t.scroll}`} tabIndex={0}>
      <table className='gz-table'>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope='col'>{t.col.what}</th>
            <th scope='col'>{t.col.value}</th>
            <th scope='col'>{t.col.need}</th>
            <th scope='col'>{t.col.ok}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.what}>
              <th scope='row'>{r.what}</th>
              {/* data-label: the column's name, shown before the value when 长辈模式 stacks rows as cards */}
              <td data-label={t.col.value}>{r.value}</td>
              <td data-label={t.col.need}>{r.need}</td>
              <td data-label={t.col.ok}>{r.ok === null ? '—' : r.ok ? t.yes : t.no}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function quorumRows(q: { area: Frac; heads: Frac; areaMet: boolean; headsMet: boolean }): Row[] {
  return [
    { what: t.area, value: t.areaFrac(area(q.area.num), area(q.area.den)), need: t.quorumNeed, ok: q.areaMet },
    { what: t.heads, value: t.headsFrac(q.heads.num, q.heads.den), need: t.quorumNeed, ok: q.headsMet },
  ];
}

function outcomeOf(poll: Poll, r: Result): string {
  if (r.kind === 'consultation') return t.ballots(r.ballots);
  if (r.result === 'no_quorum') return t.noQuorum;
  if (r.kind === 'decision') return r.result === 'passed' ? t.passed : t.failed;
  const name = (id: string) => poll.candidates?.find((c) => c.id === id)?.name ?? id;
  const parts = [r.elected.length ? `${t.elected}：${r.elected.map(name).join('、')}` : t.electedNone];
  if (r.tie) parts.push(t.tie(r.tie.map(name).join('、'), r.tieSeats));
  if (r.vacancies > 0) parts.push(t.vacancies(r.vacancies));
  if (r.outcome === 'filled') parts.push(t.filled);
  return parts.join('。');
}

function Body({ data, initialRef }: { data: Data; initialRef: string }) {
  const { poll, result } = data;
  if (!result) return <Empty title={t.notYet} />;
  const name = (id: string) => poll.candidates?.find((c) => c.id === id)?.name ?? id;
  return (
    <>
      <View className='gz-poll-head gz-cert-skip'>
        <Text className='gz-tag gz-tag--role'>{poll.kindLabel}</Text>
        <Text className='gz-tag gz-tag--pending'>{poll.statusLabel}</Text>
      </View>
      <Text className='gz-h1' {...headingA11y(1)}>
        {poll.title}
      </Text>
      {poll.publishedAt && <Text className='gz-p gz-muted'>{formatTime(poll.publishedAt)}</Text>}
      {/* 打印计票证明 leaves the result off the paper (Certificate.tsx). */}
      <View className='gz-cert-skip'>
        {poll.kind === 'decision' && poll.threshold && <Text className='gz-p'>{THRESHOLD_WORDS[poll.threshold]}</Text>}
        <Text className='gz-h2' {...headingA11y(2)}>
          {t.outcome}
        </Text>
        <Text className='gz-outcome' {...liveA11y('status')}>
          {outcomeOf(poll, result)}
        </Text>
        <Text className='gz-p gz-muted'>{t.channels(result.channels.online, result.channels.paper, result.channels.proxy)}</Text>
        <Text className='gz-h2' {...headingA11y(2)}>
          {t.arithmetic}
        </Text>
        {result.kind === 'decision' && (
          <>
            <Table
              caption={t.caption}
              rows={[
                ...quorumRows(result.tally.quorum),
                { what: t.approveArea, value: t.areaFrac(area(result.tally.approval.area.num), area(result.tally.approval.area.den)), need: t.needFor(result.threshold), ok: result.tally.quorum.met ? result.tally.approval.areaMet : null },
                { what: t.approveHeads, value: t.headsFrac(result.tally.approval.heads.num, result.tally.approval.heads.den), need: t.needFor(result.threshold), ok: result.tally.quorum.met ? result.tally.approval.headsMet : null },
              ]}
            />
            <Table
              caption={t.votes}
              rows={(['yes', 'no', 'abstain'] as const).map((v) => ({ what: VOTE_WORDS[v], value: `${result.votes[v].heads} 人，${result.votes[v].area} ㎡`, need: '—', ok: null }))}
            />
          </>
        )}
        {result.kind === 'election' && (
          <>
            <Table caption={t.caption} rows={quorumRows(result.tally.quorum)} />
            <Table
              caption={t.candidate}
              rows={result.tally.candidates.map((c) => ({
                what: `${name(c.id)}${c.rank ? `（${t.rank} ${c.rank}）` : ''}`,
                value: `${t.areaFrac(area(c.area.num), area(c.area.den))}，${t.headsFrac(c.heads.num, c.heads.den)}`,
                need: '> 1/2',
                ok: result.tally.quorum.met ? c.qualified : null,
              }))}
            />
          </>
        )}
        {result.kind === 'consultation' && <Table caption={t.votes} rows={result.options.map((o) => ({ what: o.label, value: `${o.count}`, need: '—', ok: null }))} />}
      </View>
      {data.certificate && <Certificate cert={data.certificate} />}
      <View className='gz-cert-skip'>
        {poll.status === 'published' && poll.kind !== 'consultation' && <PublicRecord pollId={poll.id} initialRef={initialRef} />}
        <ShareButton label={t.share} />
      </View>
    </>
  );
}

export default function PollResultsPage() {
  const router = useRouter();
  const id = routeParam(router?.params?.id);
  const r = useAction('polls.results', { pollId: id }, [id]);
  useShareAppMessage(() => ({
    title: r.data ? t.shareTitle(r.data.poll.title) : t.title,
    path: sharePath(`${PAGES.pollResults}?id=${encodeURIComponent(id)}`),
    imageUrl: SHARE_IMAGES.results,
  }));
  return (
    <Page className='gz-polls'>
      {!id && <Empty title={t.noId} />}
      {id && r.state === 'loading' && !r.data && <Loading />}
      {id && r.state === 'error' && !r.data && <Failed error={r.error} onRetry={r.reload} />}
      {id && r.data && !r.data.result && <Body data={r.data} initialRef={routeParam(router?.params?.ref)} />}
      {id && r.data && r.data.result && (
        // The 公示 as it is posted on the notice board: an A4 sheet with a QR code back to this page.
        <>
          <PrintButton ready label={t.print} />
          <PrintSheet title={t.sheetTitle(r.data.poll.kindLabel)} onlinePath={`${PAGES.pollResults}?id=${encodeURIComponent(id)}`}>
            <Body data={r.data} initialRef={routeParam(router?.params?.ref)} />
          </PrintSheet>
        </>
      )}
    </Page>
  );
}
