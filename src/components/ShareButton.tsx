import { Button } from '@tarojs/components';

/** WeChat's "send to a chat" button (the page's useShareAppMessage says what is sent); none in H5. */
export function ShareButton({ label }: { label: string }) {
  if (process.env.TARO_ENV !== 'weapp') return null;
  return (
    <Button className='gz-btn gz-btn--secondary gz-btn--main gz-btn--block gz-share' openType='share'>
      {label}
    </Button>
  );
}
