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
  /** Tries again the messages whose backoff has passed (run by the jobs); absent on test fakes. */
  retryDue?(now: Date): Promise<number>;
  /** Message kind → this environment's template id, for the mini-program's requestSubscribeMessage. */
  templateIds?(): Record<string, string>;
}

/** Resolves the WeChat group a card was opened from (shareTicket → opengid). */
export interface GroupResolver {
  /** The group's opengid, or null when the proof is not valid for this caller. */
  resolve(proof: { cloudId?: string; simulated?: string }, caller: { openid: string }): Promise<string | null>;
}

export interface Files {
  /** Stores bytes and returns a stable file id (a cloud fileID, or `local:<sha256>.<ext>`). */
  put(bytes: Uint8Array, contentType: string): Promise<string>;
  /** Whether a file id names a file this store holds (ids arrive from clients). */
  owns(fileId: string): boolean;
  /** Addresses the client can show, in the order given. */
  urls(fileIds: readonly string[]): Promise<string[]>;
}

/** Checks user-written text before it is stored: WeChat's msgSecCheck in the cloud, a word list locally. */
export interface ContentChecker {
  check(text: string, author: { openid: string }): Promise<{ ok: true } | { ok: false; reason: string }>;
}

export interface Deps {
  store: Store;
  clock: Clock;
  notifier: Notifier;
  files: Files;
  contentCheck: ContentChecker;
  /** Absent where groups cannot be resolved (tests that do not need them). */
  groups?: GroupResolver;
}

/** Identity as the platform vouches for it (OPENID, or the demo sign-in); never read from a request body. */
export interface Identity {
  openid: string;
}

export interface Ctx extends Deps {
  /** null for actions open to `public`, and for actions that defer reading the caller (below). */
  caller: Caller | null;
  /** Who is calling, before any read: set for every signed-in call. */
  identity?: Identity | null;
  /**
   * Reads the caller's user (once) for an action declared with `defersCaller`: its hot path knows
   * the caller from a document keyed by their id and needs no read of the user itself.
   */
  loadCaller?: () => Promise<Caller>;
}

export const systemClock: Clock = { now: () => new Date() };
