// 计票键盘 (count pad), React: four big buttons and the running tally, used by the count page
// in both builds. The native WeChat component beside it (countpad.wxml/.js, tested with
// miniprogram-simulate) is the same pad with one setData path per tap.
import { Text, View } from '@tarojs/components';
import { memo } from 'react';
import { buttonA11y, liveA11y } from '../../../../components/a11y';
import { countText as t } from '../../../../copy/polls';
import './countpad.css';

export type PadKind = 'yes' | 'no' | 'abstain' | 'invalid';
export type PadCounts = Record<PadKind, number>;

const KINDS: PadKind[] = ['yes', 'no', 'abstain', 'invalid'];
const LABEL: Record<PadKind, string> = { yes: t.yes, no: t.no, abstain: t.abstain, invalid: t.invalid };

export const CountPad = memo(function CountPad(props: { counts: PadCounts; serial: string; busy?: boolean; onCount: (kind: PadKind) => void; kinds?: PadKind[] }) {
  const { counts, serial, busy, onCount, kinds = KINDS } = props;
  const total = KINDS.reduce((n, k) => n + counts[k], 0);
  return (
    <View className='gz-pad'>
      <View className='gz-pad__grid'>
        {kinds.map((k) => {
          const fire = () => {
            if (!busy) onCount(k);
          };
          return (
            <View
              key={k}
              className={`gz-pad__btn gz-pad__btn--${k} ${busy ? 'gz-pad__btn--busy' : ''}`}
              hoverClass='gz-pad__btn--pressed'
              onClick={fire}
              {...buttonA11y({ label: t.choiceLabel(LABEL[k], serial), disabled: busy, onActivate: fire })}
            >
              <Text className='gz-pad__word'>{LABEL[k]}</Text>
              <Text className='gz-pad__n'>{counts[k]}</Text>
            </View>
          );
        })}
      </View>
      <Text className='gz-pad__total' {...liveA11y('status')}>
        {t.tally}：{t.tallyLine(counts.yes, counts.no, counts.abstain, counts.invalid, total)}
      </Text>
    </View>
  );
});
