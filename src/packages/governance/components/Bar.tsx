// A progress bar for the eye; the percentage is always said in words next to it.
import { View } from '@tarojs/components';

export function Bar({ percent }: { percent: number }) {
  const h5 = process.env.TARO_ENV === 'h5';
  return (
    <View className='gz-bar' {...(h5 ? { 'aria-hidden': 'true' } : { ariaHidden: true })}>
      <View className='gz-bar__fill' style={{ width: `${Math.max(0, Math.min(100, percent))}%` }} />
    </View>
  );
}
