import { View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { buttonA11y } from './a11y';

export interface BtnProps {
  children: ReactNode;
  onClick?: () => void;
  kind?: 'primary' | 'secondary' | 'danger' | 'link';
  /** `main`: the screen's main action (the largest tap target in 长辈模式). */
  size?: 'main' | 'normal' | 'small';
  disabled?: boolean;
  busy?: boolean;
  /** Accessible name when the visible text is not enough. */
  label?: string;
  block?: boolean;
  className?: string;
}

/** A button that is a button for screen readers and keyboards too (role, focus, Enter/Space). */
export function Btn({ children, onClick, kind = 'secondary', size = 'normal', disabled, busy, label, block, className }: BtnProps) {
  const inactive = !!disabled || !!busy;
  const fire = () => {
    if (!inactive) onClick?.();
  };
  const cls = ['gz-btn', `gz-btn--${kind}`, `gz-btn--${size}`, block ? 'gz-btn--block' : '', inactive ? 'gz-btn--inactive' : '', className ?? '']
    .filter(Boolean)
    .join(' ');
  return (
    <View className={cls} hoverClass={inactive ? 'none' : 'gz-btn--pressed'} onClick={fire} {...buttonA11y({ label, disabled: inactive, onActivate: fire })}>
      {children}
    </View>
  );
}
