// 接收派单提醒 on 我的任务: each tap asks WeChat for one more "任务指派" message (a one-time grant
// allows one message), and the row says how many are left, so staff know when to tap again.
import { Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { Btn } from '../../../components/Btn';
import { liveA11y } from '../../../components/a11y';
import { askAndRecord, grantsLeft, primeSubscriptions } from '../../../services/subscribe';
import { tasksText as t } from '../../../ui/strings/tasks';

export function AssignmentReminders() {
  const [left, setLeft] = useState<number | null>(grantsLeft('task.assigned'));
  useEffect(() => {
    void primeSubscriptions().then(() => setLeft(grantsLeft('task.assigned')));
  }, []);
  const ask = () => void askAndRecord(['task.assigned']).then(() => setLeft(grantsLeft('task.assigned')));
  return (
    <View className='gz-card'>
      <Text className='gz-text' {...liveA11y('status')}>
        {left === null ? t.remindersUnknown : t.remindersLeft(left)}
      </Text>
      <Btn kind='secondary' size='main' block onClick={ask}>
        {t.remindersAsk}
      </Btn>
    </View>
  );
}
