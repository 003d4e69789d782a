// What the roster's tallies will use (flats, heads by the law, total area) and the committee's
// "same person / different people" questions about namesakes, answered before the import. The law
// (SPC interpretation art. 9) counts one buyer of several flats once and the developer's unsold
// flats once together; a name alone cannot say whether two rows are one person, so we ask.
import { Text, View } from '@tarojs/components';
import { Chips } from '../../../components/Choice';
import { headingA11y } from '../../../components/a11y';

export type Decision = 'same' | 'different';

export interface Tally {
  flats: number;
  heads: number;
  area: string;
  organisations: { heads: number; flats: number };
  undecided: number;
}

export interface Question {
  key: string;
  name: string;
  apart: number;
  rows: Array<{ line: number; label: string; phones: string[] }>;
}

const t = {
  tallyHeading: '表决时将使用的数字',
  tally: (x: Tally) => `房屋 ${x.flats} 套，业主 ${x.heads} 人（按人数计），专有面积 ${x.area} ㎡。`,
  organisations: (x: Tally['organisations']) => `开发商和单位名下 ${x.flats} 套房屋按 ${x.heads} 人计（开发商未售出的房屋合计算一人）。`,
  undecided: (n: number) => `还有 ${n} 组同名业主没有确认；未确认前按“不同的人”计算，不能导入。`,
  questionsHeading: (n: number) => `同名业主：请确认是同一人还是不同的人（${n} 组）`,
  questionsIntro: '名册里这些姓名相同，但电话不同或没有电话。同一人的多套房屋只算一人；不同的人各算一人。',
  row: (r: Question['rows'][number]) => `第 ${r.line} 行 · ${r.label} · ${r.phones.length ? r.phones.join('、') : '无电话'}`,
  same: '同一人',
  different: (n: number) => `不同的人（${n} 人）`,
};

export function TallyCard({ tally }: { tally: Tally }) {
  return (
    <View className='gz-card' id='roster-tally'>
      <Text className='gz-card__title' {...headingA11y(2)}>
        {t.tallyHeading}
      </Text>
      <Text className='gz-p'>{t.tally(tally)}</Text>
      {tally.organisations.flats > 0 && <Text className='gz-p'>{t.organisations(tally.organisations)}</Text>}
      {tally.undecided > 0 && <Text className='gz-p'>{t.undecided(tally.undecided)}</Text>}
    </View>
  );
}

export function HeadsQuestions({ questions, decisions, onDecide }: { questions: Question[]; decisions: Record<string, Decision>; onDecide: (key: string, d: Decision) => void }) {
  if (questions.length === 0) return null;
  return (
    <View className='gz-card' id='roster-questions'>
      <Text className='gz-card__title' {...headingA11y(2)}>
        {t.questionsHeading(questions.length)}
      </Text>
      <Text className='gz-p gz-muted'>{t.questionsIntro}</Text>
      {questions.map((q, i) => (
        <View key={q.key} className='gz-row__main'>
          <Text className='gz-field__label' id={`roster-q-${i}`} {...headingA11y(3)}>
            {q.name}
          </Text>
          {q.rows.map((r) => (
            <Text key={r.line} className='gz-text'>
              {t.row(r)}
            </Text>
          ))}
          <Chips<Decision>
            labelledBy={`roster-q-${i}`}
            options={[
              { value: 'same', label: t.same },
              { value: 'different', label: t.different(q.apart) },
            ]}
            value={decisions[q.key] ?? null}
            onChange={(d) => onDecide(q.key, d)}
          />
        </View>
      ))}
    </View>
  );
}
