import type { Role } from '../../src/domain/roles';
import type { Store } from '../store/port';

/** Who is calling, resolved from the platform identity (OPENID) or the demo session. */
export interface Caller {
  userId: string;
  openid: string;
  name: string;
  roles: Role[];
}

export interface Clock {
  now(): Date;
}

/** An outgoing message to a person; adapters: WeChat subscription messages, the local outbox. */
export interface OutgoingMessage {
  kind: string;
  toUserId: string;
  /** Deterministic: the same event never sends twice. */
  dedupeKey: string;
  fields: Record<string, string>;
  page?: string;
}

export interface Notifier {
  send(message: OutgoingMessage): Promise<void>;
}

export interface Files {
  /** Stores bytes and returns a stable file id (cloud fileID, or a local path under the data folder). */
  put(name: string, bytes: Uint8Array, contentType: string): Promise<string>;
  url(fileId: string): Promise<string>;
}

export interface Deps {
  store: Store;
  clock: Clock;
  notifier: Notifier;
  files?: Files;
}

export interface Ctx extends Deps {
  /** null only for actions open to `public`. */
  caller: Caller | null;
}

export const systemClock: Clock = { now: () => new Date() };
