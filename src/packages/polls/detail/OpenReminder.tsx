// 开始投票时提醒我: on a poll not yet open, an owner asks WeChat for one "投票开始提醒" message.
// The ask happens inside the tap (WeChat shows its panel only there) and is recorded like every
// other grant ask; the row then says how many such reminders WeChat will still deliver.
import { Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { Btn } from '../../../components/Btn';
import { liveA11y } from '../../../components/a11y';
import { askAndRecord, grantsLeft, primeSubscriptions } from '../../../services/subscribe';

export const openReminderText = {
  ask: '开始投票时提醒我',
  unknown: '投票开始后，可通过微信消息提醒你。',
  left: (n: number) => (n > 0 ? `已设置：投票开始时会通过微信提醒你（还能收到 ${n} 次）。` : '还没有设置开始投票提醒。'),
};

export function OpenReminder() {
  const [left, setLeft] = useState<number | null>(grantsLeft('poll.opened'));
  useEffect(() => {
    void primeSubscriptions().then(() => setLeft(grantsLeft('poll.opened')));
  }, []);
  // Nothing awaited before askAndRecord: WeChat's panel must open within this tap.
  const ask = () => void askAndRecord(['poll.opened']).then(() => setLeft(grantsLeft('poll.opened')));
  return (
    <View className='gz-card'>
      <Text className='gz-p' {...liveA11y('status')}>
        {left === null ? openReminderText.unknown : openReminderText.left(left)}
      </Text>
      <Btn kind='secondary' size='main' block onClick={ask}>
        {openReminderText.ask}
      </Btn>
    </View>
  );
}
