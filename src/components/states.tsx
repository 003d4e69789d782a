// Loading, empty and error states, said in words (never colour alone).
import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { common } from '../ui/strings';
import type { ApiError } from '../services/api';
import { liveA11y } from './a11y';
import { Btn } from './Btn';

export function Loading({ text = common.loading }: { text?: string }) {
  return (
    <View className='gz-state gz-state--loading' {...liveA11y('status')}>
      <View className='gz-spinner' />
      <Text className='gz-state__text'>{text}</Text>
    </View>
  );
}

export function Empty({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <View className='gz-state gz-state--empty'>
      <Text className='gz-state__title'>{title}</Text>
      {children}
    </View>
  );
}

export function Failed({ error, onRetry }: { error: ApiError | Error; onRetry?: () => void }) {
  const network = (error as ApiError).code === 'network';
  return (
    <View className='gz-state gz-state--error' {...liveA11y('alert')}>
      <Text className='gz-state__title'>{common.errorTitle}</Text>
      <Text className='gz-state__text'>{error.message}</Text>
      {network && <Text className='gz-state__text'>{common.networkHint}</Text>}
      {onRetry && (
        <Btn kind='primary' onClick={onRetry}>
          {common.retry}
        </Btn>
      )}
    </View>
  );
}

/** An inline message: the only kind of feedback in 长辈模式, which has no pop-ups. */
export function Notice({ kind, children }: { kind: 'ok' | 'error' | 'info'; children: ReactNode }) {
  return (
    <View className={`gz-notice gz-notice--${kind}`} {...liveA11y(kind === 'error' ? 'alert' : 'status')}>
      <View className='gz-notice__text'>{children}</View>
    </View>
  );
}
