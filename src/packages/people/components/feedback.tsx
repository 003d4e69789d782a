import { useState } from 'react';
import { Notice } from '../../../components/states';

/**
 * Short confirmations ("已通过"): said in place, as a notice at the top of the screen, in normal
 * mode and in 长辈模式 alike (nothing pops up, and a screen reader reads it as a status). Errors
 * are never here: they stay next to what caused them.
 */
export function useFeedback() {
  const [message, setMessage] = useState<string | null>(null);

  /** `inline: false` when the screen already says it in place (no second notice). */
  const done = (text: string, opts: { inline?: boolean } = {}) => {
    if (opts.inline !== false) setMessage(text);
  };

  const node = message ? <Notice kind='ok'>{message}</Notice> : null;
  return { done, clear: () => setMessage(null), node, message };
}
