import { Toast } from './nutui';
import { useState } from 'react';
import { Notice } from '../../../components/states';
import { useElder } from '../../../components/elder';

const TOAST_ID = 'gz-toast';

/**
 * Short confirmations ("已通过"). A NutUI toast normally; an inline notice in 长辈模式, where
 * nothing may pop up. Errors are never toasts: they stay next to what caused them.
 */
export function useFeedback() {
  const { elder } = useElder();
  const [message, setMessage] = useState<string | null>(null);

  /** `inline: false` when the screen already says it in place (no second notice in 长辈模式). */
  const done = (text: string, opts: { inline?: boolean } = {}) => {
    if (elder) {
      if (opts.inline !== false) setMessage(text);
    } else {
      Toast.show(TOAST_ID, { content: text, icon: 'success', duration: 2 });
    }
  };

  const node = elder ? message ? <Notice kind='ok'>{message}</Notice> : null : <Toast id={TOAST_ID} />;
  return { done, clear: () => setMessage(null), node, message };
}
