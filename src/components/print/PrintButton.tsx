// The print button of a printable page: in the browser, window.print() once everything is loaded
// (until then it says how far loading got); in WeChat, which cannot print, a line saying to open
// the page in a browser on a computer.
import { Text, View } from '@tarojs/components';
import { Btn } from '../Btn';

const h5 = process.env.TARO_ENV === 'h5';

export function PrintButton({ ready, busyText, label = '打印(A4)' }: { ready: boolean; busyText?: string; label?: string }) {
  return (
    <View className='gz-noprint gz-print-button'>
      {h5 ? (
        <Btn kind='primary' size='main' block disabled={!ready} busy={!ready} onClick={() => window.print()}>
          {ready ? label : (busyText ?? '正在准备…')}
        </Btn>
      ) : (
        <Text className='gz-muted'>微信里不能直接打印:请在电脑浏览器打开“共治”网页版的同一页面打印。</Text>
      )}
    </View>
  );
}
