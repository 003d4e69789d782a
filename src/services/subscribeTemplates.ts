// Which subscription templates may be asked for, fetched once at launch (app.ts) so that the tap
// that asks already knows them (subscribe.ts). Kept apart from subscribe.ts on purpose: app.ts
// runs in the main package, and this is all of the subscription code the launch needs; asking,
// and the message kinds it names, load with the subpackages whose taps ask.
import { call, type Output } from './api';

export type Templates = Output<'subscriptions.templates'>['templates'];

let templates: Templates | null = null;
let loading: Promise<void> | null = null;

/** Fetches which templates may be asked for; quietly keeps the old list when it cannot. */
export function primeSubscriptions(): Promise<void> {
  loading ??= call('subscriptions.templates', {})
    .then((r) => {
      templates = r.templates;
    })
    .catch(() => undefined)
    .finally(() => {
      loading = null;
    });
  return loading;
}

/** Fetches the list again, not joining a fetch that started before the person's latest answer. */
export function refreshSubscriptions(): Promise<void> {
  loading = null;
  return primeSubscriptions();
}

/** The list as last fetched (null: not known yet). */
export function knownTemplates(): Templates | null {
  return templates;
}
