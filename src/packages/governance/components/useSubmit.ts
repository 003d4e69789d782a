// One form's sending state: busy, the server's message per field, a message for the form.
// Everything typed stays where it is when the server refuses.
import { useState } from 'react';
import { handleSignedOut } from '../../../components/useAction';
import { isApiError } from '../../../services/api';
import { common } from '../strings';

export function useSubmit() {
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  async function run<T>(send: () => Promise<T>, onOk?: (r: T) => string | void): Promise<T | undefined> {
    if (busy) return undefined;
    setBusy(true);
    setErrors({});
    setFormError(null);
    setDone(null);
    try {
      const r = await send();
      const message = onOk?.(r);
      if (message) setDone(message);
      return r;
    } catch (e) {
      if (handleSignedOut(e)) return undefined;
      const field = isApiError(e) ? e.field : undefined;
      if (field) {
        setErrors({ [field]: (e as Error).message });
        setFormError(common.fixErrors);
      } else setFormError(e instanceof Error ? e.message : String(e));
      return undefined;
    } finally {
      setBusy(false);
    }
  }

  const clear = (field: string) => setErrors((e) => (e[field] ? Object.fromEntries(Object.entries(e).filter(([k]) => k !== field)) : e));
  return { busy, errors, formError, done, run, clear, setErrors, setFormError, err: (f: string) => errors[f] ?? null };
}
