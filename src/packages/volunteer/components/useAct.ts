// One step on a 志愿 screen (报名, 签到, 确认出勤, 加入服务队…): sent through the shared submit hook, its
// outcome said on the page's state line, then the screen's record read again.
import { useState } from 'react';
import { useSubmit } from '../../../components/useSubmit';

export type Said = { kind: 'ok' | 'error' | 'info'; text: string } | null;

export function useAct(reload: () => Promise<void>, say: (s: Said) => void, fields: string[] = []) {
  const f = useSubmit({ fields });
  const [doing, setDoing] = useState<string | null>(null);
  /** Runs `send` as the step `key`; the text it returns is said unless empty. */
  const act = async (key: string, send: () => Promise<string>) => {
    if (f.busy) return;
    setDoing(key);
    say(null);
    const text = await f.run(send);
    if (text === undefined) return;
    // The page's own state line says the outcome of 报名/候补/加入: saying it again doubled it.
    if (text) say({ kind: 'ok', text });
    await reload();
  };
  return { ...f, act, doing: f.busy ? doing : null };
}
