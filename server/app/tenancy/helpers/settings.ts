// The one settings document of a compound (`settings/compound`, stored `<compoundId>/compound`)
// and how readers take it: places, SLA, care team and message texts come from here, falling back
// to today's defaults (src/domain/compoundSettings.ts) for a compound that has not set them.
// Read per call, never cached across calls: settings change, and several cloud instances run
// with their own memory (docs CLOUDBASE.md: caches only of data that cannot change).
import { z } from 'zod';
import type { Store } from '../../../store/port';
import type { Notifier, OutgoingMessage } from '../../context';
import { CATALOGUE, type MessageKind } from '../../../../src/domain/notifications';
import { templateText, type CompoundSettings } from '../../../../src/domain/compoundSettings';
import { tenancyRefusals } from '../../../../src/copy/tenancy';

/** The SLA as both setup actions take it; its bounds are checked by checkSla (src/domain/compoundSettings.ts), which names the field. */
export const slaInput = z
  .object({ acceptHours: z.number({ error: tenancyRefusals.acceptHoursMissing }), firstActionHours: z.number({ error: tenancyRefusals.firstActionHoursMissing }) }, { error: tenancyRefusals.slaMalformed })
  .strict();

export const SETTINGS_COLLECTION = 'settings';
export const SETTINGS_ID = 'compound';

export interface SettingsDoc extends CompoundSettings {
  _id: typeof SETTINGS_ID;
  updatedAt: string;
  updatedBy: string;
  [key: string]: unknown;
}

/** The compound's settings, or null when it has set none (every reader then takes the defaults). */
export async function settingsOf(store: Store): Promise<SettingsDoc | null> {
  return store.get<SettingsDoc>(SETTINGS_COLLECTION, SETTINGS_ID);
}

/** A message with the compound's own wording in the fixed-text fields it does not fill itself. */
export function withCompoundText(message: OutgoingMessage, settings: CompoundSettings | null): OutgoingMessage {
  const spec = (CATALOGUE as Record<string, { fields: Record<string, unknown> }>)[message.kind as MessageKind];
  if (!settings?.templates || !spec) return message;
  let fields = message.fields;
  for (const name of Object.keys(spec.fields)) {
    const text = templateText(settings, message.kind, name);
    if (text && !fields[name]) fields = { ...fields, [name]: text };
  }
  return fields === message.fields ? message : { ...message, fields };
}

/**
 * A compound's notifier that words messages its way. The settings are read at each send here: these
 * deps live as long as the instance (tenancy/helpers/scope.ts), and another instance may change the
 * settings meanwhile. A call takes `forCall()`, which reads them once, at its first message: a job
 * sending a notice to 500 owners reads them once, not 500 times, and the next call reads them anew.
 */
export function compoundNotifier(notifier: Notifier, store: Store): Notifier {
  // A settings read that fails words the message with the defaults rather than losing it.
  const read = () => settingsOf(store).catch(() => null);
  return wordedBy(notifier, read, () => {
    let once: Promise<SettingsDoc | null> | null = null;
    return wordedBy(notifier, () => (once ??= read()), null);
  });
}

function wordedBy(notifier: Notifier, settings: () => Promise<SettingsDoc | null>, forCall: (() => Notifier) | null): Notifier {
  // Methods named one by one: a notifier may be a class whose methods a spread would drop.
  return {
    async send(message) {
      return notifier.send(withCompoundText(message, await settings()));
    },
    ...(notifier.retryDue ? { retryDue: (now: Date) => notifier.retryDue!(now) } : {}),
    ...(notifier.templateIds ? { templateIds: () => notifier.templateIds!() } : {}),
    ...(notifier.forStore ? { forStore: (other: Store) => compoundNotifier(notifier.forStore!(other), other) } : {}),
    ...(forCall ? { forCall } : {}),
  };
}
