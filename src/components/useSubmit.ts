// One form's sending state, for every form of every area: busy, the server's message per field,
// a message for the form, a message when it went through. Everything typed stays where it is when
// the server refuses (the hook never touches the form's own values).
import { useRef, useState } from 'react';
import { handleSignedOut } from './useAction';
import { isApiError } from '../services/api';

/**
 * What the form needs of a zod schema from src/domain/schemas (the one the server parses the
 * action's input with): only its own method, so this hook pulls no zod into a package that has none.
 */
export interface Checkable<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } };
}

export interface SubmitOptions {
  /**
   * The fields this form shows, or a map from the server's field name to the form's one
   * (`{ common: 'place' }`). A refusal naming any other field is shown as the form's message, so
   * it is never lost (`[]`: every refusal is the form's message). Omitted: every field the server
   * names is taken as one of the form's own.
   */
  fields?: readonly string[] | Record<string, string>;
  /** Shown for the form when a field is refused ("请看红字提示"); omitted: nothing beside the field's own. */
  fixErrors?: string;
  /** Says a failure that is not the server's answer (a file the phone could not write); omitted: its own message. */
  unexpected?: (message: string) => string;
}

export function useSubmit(options: SubmitOptions = {}) {
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  // A second tap before the first render with busy set is dropped too.
  const sending = useRef(false);

  function fieldOf(name: string | undefined): string | undefined {
    const { fields } = options;
    if (!name || !fields) return name;
    // A path into a list ("photoFileId.0") belongs to the field it starts with.
    const head = name.split('.')[0];
    if (Array.isArray(fields)) return fields.includes(name) ? name : fields.includes(head) ? head : undefined;
    const map = fields as Record<string, string>;
    return map[name] ?? map[head];
  }

  /**
   * Runs `send`; `onOk` may return the message to show when it went through; `onRefused` reads more
   * of a refusal than its message (the lines of a file the server refused), after it is shown.
   */
  async function run<T>(send: () => Promise<T>, onOk?: (r: T) => string | void, onRefused?: (error: unknown) => void): Promise<T | undefined> {
    if (sending.current) return undefined;
    sending.current = true;
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
      const raw = e instanceof Error ? e.message : String(e);
      const message = !isApiError(e) && options.unexpected ? options.unexpected(raw) : raw;
      const field = fieldOf(isApiError(e) ? e.field : undefined);
      if (field) {
        setErrors({ [field]: message });
        if (options.fixErrors) setFormError(options.fixErrors);
      } else setFormError(message);
      onRefused?.(e);
      return undefined;
    } finally {
      sending.current = false;
      setBusy(false);
    }
  }

  /** The form's own checks before sending: shows them and says whether any failed. */
  function invalid(found: Record<string, string | undefined | null | false>): boolean {
    const shown = Object.fromEntries(Object.entries(found).filter((e): e is [string, string] => Boolean(e[1])));
    setErrors(shown);
    setFormError(null);
    return Object.keys(shown).length > 0;
  }

  /**
   * Checks the input with the action's own schema before sending, as the server will: each refused
   * field's message under the field (the first one per field), nothing sent. The parsed input, or
   * undefined when something is refused. What was typed stays as it is.
   */
  function check<T>(schema: Checkable<T>, input: unknown): T | undefined {
    const parsed = schema.safeParse(input);
    if (parsed.success) {
      setErrors({});
      setFormError(null);
      return parsed.data;
    }
    const shown: Record<string, string> = {};
    let other: string | null = null;
    for (const issue of parsed.error.issues) {
      const field = fieldOf(issue.path.map(String).join('.'));
      if (field) shown[field] ??= issue.message;
      else other ??= issue.message;
    }
    setErrors(shown);
    setFormError(other ?? (Object.keys(shown).length && options.fixErrors ? options.fixErrors : null));
    return undefined;
  }

  const clear = (field: string) => setErrors((e) => (e[field] ? Object.fromEntries(Object.entries(e).filter(([k]) => k !== field)) : e));
  return { busy, errors, formError, done, run, invalid, check, clear, setErrors, setFormError, setDone, err: (f: string) => errors[f] ?? null };
}
