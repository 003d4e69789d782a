import { View } from '@tarojs/components';
import type { CSSProperties, PropsWithChildren } from 'react';
import { textScale, useElder } from './elder';

/**
 * The root of every screen. Carries the `elder` class (长辈模式) and the user's WeChat font
 * scale as CSS variables; all sizes and colours in ui/theme.css derive from them.
 */
export function Page({ children, className }: PropsWithChildren<{ className?: string }>) {
  const s = useElder();
  const style = { '--gz-scale': String(textScale(s)) } as unknown as CSSProperties;
  return (
    <View className={['gz-page', s.elder ? 'elder' : '', className ?? ''].filter(Boolean).join(' ')} style={style}>
      {children}
    </View>
  );
}
