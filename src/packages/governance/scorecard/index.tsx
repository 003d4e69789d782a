// 季度考评: every submitted quarter side by side (a chart and the same numbers as a table), the
// formula in words, and each quarter's service figures, checklist scores, low items and the
// property manager's answers (which the manager gives here).
import { Text, View } from '@tarojs/components';
import { useRouter, useShareAppMessage } from '@tarojs/taro';
import { sharePath } from '../../../services/sharePath';
import { Page } from '../../../components/Page';
import { Btn } from '../../../components/Btn';
import { ShareButton } from '../../../components/ShareButton';
import { Empty, Failed, Loading } from '../../../components/states';
import { useAction, useReloadOnShow } from '../../../components/useAction';
import { headingA11y } from '../../../components/a11y';
import { go, routeParam } from '../../../components/nav';
import type { Output } from '../../../services/api';
import { PAGES } from '../../../routes';
import { common, scorecardText as t } from '../../../copy/governance';
import { showTime } from '../components/when';
import { ScoreChart } from './Chart';
import { AnswerForm } from './AnswerForm';
import '../governance.css';

type Data = Output<'inspections.scorecards'>;
type Quarter = Data['quarters'][number];

const PARTS = [
  ['accept', '受理用时'],
  ['fix', '修好用时'],
  ['reopen', '返修率'],
  ['rating', '居民评分'],
] as const;

function QuarterCard({ q, canAnswer, reload }: { q: Quarter; canAnswer: boolean; reload: () => void }) {
  const card = q.scorecard;
  const s = q.service;
  return (
    <View className='gz-card' id={`quarter-${q.quarter}`}>
      <Text className='gz-card__title' {...headingA11y(2)}>
        {q.label}：{t.total(card?.total ?? null, card?.grade ?? null)}
      </Text>
      {q.submittedAt && <Text className='gz-muted'>{t.inspector(q.inspectorName, showTime(q.submittedAt))}</Text>}
      <Text className='gz-strong' {...headingA11y(3)}>
        {t.figures}
      </Text>
      {s && (
        <>
          <Text className='gz-block'>{t.fig.issues(s.issues)}</Text>
          <Text className='gz-block'>{t.fig.accept(s.medianAcceptHours)}</Text>
          <Text className='gz-block'>{t.fig.fix(s.medianFixHours)}</Text>
          <Text className='gz-block'>{t.fig.reopen(s.reopenRate)}</Text>
          <Text className='gz-block'>{t.fig.rating(s.averageRating, s.ratings)}</Text>
        </>
      )}
      {card && <Text className='gz-block gz-muted'>{PARTS.map(([k, label]) => t.part(label, card.parts[k])).join('；')}</Text>}
      <Text className='gz-strong' {...headingA11y(3)}>
        {t.items}
      </Text>
      {q.items.map((i) => (
        <View key={i.code} className='gz-item'>
          <Text className='gz-block'>
            {t.itemLine(i.label, i.score)}
            {i.low ? `（${t.low}）` : ''}
          </Text>
          {i.note && <Text className='gz-block gz-muted'>{i.note}</Text>}
          {i.low && i.answer && (
            <Text className='gz-block'>
              {t.answer(i.answer.byName, i.answer.text)}
              {i.answer.taskId ? `（${t.answerTask}）` : ''}
            </Text>
          )}
          {i.low && !i.answer && (canAnswer ? <AnswerForm quarter={q.quarter} code={i.code} label={i.label} onSaved={reload} /> : <Text className='gz-block gz-muted'>{t.noAnswer}</Text>)}
        </View>
      ))}
    </View>
  );
}

export default function ScorecardPage() {
  const router = useRouter();
  const focus = routeParam(router?.params?.quarter);
  const r = useAction('inspections.scorecards', {});
  const me = useAction('me');
  useReloadOnShow(r.reload);
  useShareAppMessage(() => ({ title: t.title, path: sharePath(`${PAGES.scorecard}${focus ? `?quarter=${focus}` : ''}`) }));
  const canAnswer = !!me.data?.user.roles.includes('manager');
  return (
    <Page className='gz-gov'>
      <Text className='gz-h1' {...headingA11y(1)}>
        {t.title}
      </Text>
      <Text className='gz-p gz-muted'>{t.intro}</Text>
      {r.data?.canInspect && (
        <View className='gz-actions-row'>
          <Btn kind='primary' onClick={() => go(PAGES.inspection)}>
            {t.inspect}
          </Btn>
        </View>
      )}
      {r.state === 'loading' && !r.data && <Loading />}
      {r.state === 'error' && !r.data && <Failed error={r.error} onRetry={r.reload} />}
      {r.data &&
        (r.data.quarters.length === 0 ? (
          <Empty title={t.none} />
        ) : (
          <>
            <ScoreChart
              rows={r.data.quarters.map((q) => ({
                quarter: q.quarter,
                label: q.label,
                total: q.scorecard?.total ?? null,
                inspection: q.scorecard?.inspection ?? null,
                service: q.scorecard?.service ?? null,
                grade: q.scorecard?.grade ?? null,
              }))}
            />
            {r.data.quarters.map((q) => (
              <QuarterCard key={q.quarter} q={q} canAnswer={canAnswer} reload={() => void r.reload()} />
            ))}
          </>
        ))}
      {r.data && (
        <>
          <Text className='gz-h2' {...headingA11y(2)}>
            {t.rules}
          </Text>
          {r.data.rules.map((line) => (
            <Text key={line} className='gz-p'>
              {line}
            </Text>
          ))}
          <ShareButton label={common.share} />
        </>
      )}
    </Page>
  );
}
