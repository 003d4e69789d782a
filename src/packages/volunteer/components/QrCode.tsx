// The check-in QR code, drawn as rows of views (no canvas, no library). Hidden from screen
// readers: the same code is written out next to it.
import { View } from '@tarojs/components';
import { qrModules } from './qr';

const h5 = process.env.TARO_ENV === 'h5';

export function QrCode({ text }: { text: string }) {
  const rows = qrModules(text);
  return (
    <View className='gz-qr' {...(h5 ? { 'aria-hidden': 'true' } : {})}>
      {rows.map((row, y) => (
        <View key={y} className='gz-qr__row'>
          {row.map((dark, x) => (
            <View key={x} className={dark ? 'gz-qr__m gz-qr__m--on' : 'gz-qr__m'} />
          ))}
        </View>
      ))}
    </View>
  );
}
