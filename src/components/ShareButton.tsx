import { Button } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect } from 'react';

/** WeChat's "send to a chat" button (the page's useShareAppMessage says what is sent); none in H5. */
export function ShareButton({ label }: { label: string }) {
  useEffect(() => {
    // With a share ticket, a card opened from a group tells the app which group (本群).
    if (process.env.TARO_ENV === 'weapp') void Promise.resolve(Taro.showShareMenu({ withShareTicket: true })).catch(() => undefined);
  }, []);
  if (process.env.TARO_ENV !== 'weapp') return null;
  return (
    <Button className='gz-btn gz-btn--secondary gz-btn--main gz-btn--block gz-share' openType='share'>
      {label}
    </Button>
  );
}
