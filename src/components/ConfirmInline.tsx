// An irreversible step asked twice, on the page: the first tap swaps the button for a card that
// says what will happen, with the confirming button and 取消 under it. Never a modal (长辈模式
// forbids them, and a card keeps the page's context in view); in 长辈模式 the card stays pinned to
// the bottom of the screen while it is open, so the confirming button cannot scroll away.
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { common } from '../ui/strings';
import { liveA11y } from './a11y';
import { Btn } from './Btn';
import './ConfirmInline.css';
import './keepInView.css';

export interface ConfirmInlineProps {
  /** The first button's words: the action itself (开始投票). */
  label: string;
  /** What will happen and what can no longer be undone. */
  warning: string;
  /** The confirming button's words (确定开始投票). */
  yes: string;
  onConfirm: () => void;
  kind?: 'primary' | 'danger';
  busy?: boolean;
  /** Shown on the confirming button while busy. */
  busyLabel?: string;
  disabled?: boolean;
  /** Accessible name of the first button when `label` alone is ambiguous on the page. */
  name?: string;
}

export function ConfirmInline({ label, warning, yes, onConfirm, kind = 'primary', busy, busyLabel, disabled, name }: ConfirmInlineProps) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <Btn kind={kind} size='main' block disabled={disabled} busy={busy} label={name} onClick={() => setAsking(true)}>
        {busy && busyLabel ? busyLabel : label}
      </Btn>
    );
  }
  return (
    <View className={`gz-notice gz-notice--info gz-confirm-inline gz-confirm-inline--${kind}`}>
      <Text className='gz-p gz-confirm-inline__warning' {...liveA11y('status')}>
        {warning}
      </Text>
      <View className='gz-actions'>
        <Btn kind={kind} size='main' busy={busy} onClick={onConfirm}>
          {busy && busyLabel ? busyLabel : yes}
        </Btn>
        <Btn kind='secondary' size='main' disabled={busy} onClick={() => setAsking(false)}>
          {common.cancel}
        </Btn>
      </View>
    </View>
  );
}
