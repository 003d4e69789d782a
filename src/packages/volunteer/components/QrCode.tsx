// The check-in QR code, as an image. Hidden from screen readers: the same code is written out
// next to it.
import { Image } from '@tarojs/components';
import { qrDataUrl } from '../../../components/qr';

const h5 = process.env.TARO_ENV === 'h5';

export function QrCode({ text }: { text: string }) {
  return <Image className='gz-checkin-qr' src={qrDataUrl(text, 8)} mode='aspectFit' {...(h5 ? { 'aria-hidden': 'true', imgProps: { alt: '' } } : {})} />;
}
