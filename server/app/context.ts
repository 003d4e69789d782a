import type { Role } from '../../src/domain/roles';
import type { Store } from '../store/port';
import type { UploadKind } from '../../src/domain/photos';

/** Who is calling, resolved from the platform identity (OPENID) or the demo session. */
export interface Caller {
  userId: string;
  openid: string;
  name: string;
  /** The caller's roles in the current compound (their own, and their organisation's where it serves it). */
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
  /**
   * Grants of this template to keep for a later, more important message of the same kind: a
   * reporter's "已受理" must not spend the one grant "已完成，请确认" needs.
   */
  reserve?: number;
}

export interface Notifier {
  send(message: OutgoingMessage): Promise<void>;
  /** Tries again the messages whose backoff has passed (run by the jobs); absent on test fakes. */
  retryDue?(now: Date): Promise<number>;
  /** Message kind → this environment's template id, for the mini-program's requestSubscribeMessage. */
  templateIds?(): Record<string, string>;
  /** The same notifier writing through another store: one compound's view (dispatch, the jobs). */
  forStore?(store: Store): Notifier;
  /**
   * The same notifier for one call or one run of the jobs: what it reads to word a message (the
   * compound's settings) is read once, at the first message, and dropped with the call.
   */
  forCall?(): Notifier;
}

/** Resolves the WeChat group a card was opened from (shareTicket → opengid). */
export interface GroupResolver {
  /** The group's opengid, or null when the proof is not valid for this caller. */
  resolve(proof: { cloudId?: string; simulated?: string }, caller: { openid: string }): Promise<string | null>;
}

export interface Files {
  /** The storage folder of this person's uploads (a hash of the openid; the phone uploads there). */
  folder(openid: string): string;
  /** Stores bytes as this person's upload (the server's own folder without one); returns its file id (the local upload route, the demo, tests). */
  put(bytes: Uint8Array, contentType: string, uploader?: Identity): Promise<string>;
  /** The bytes of an uploaded file, or null when there is none. */
  read(fileId: string): Promise<Uint8Array | null>;
  /** Deletes a refused upload; never throws. */
  remove(fileId: string): Promise<void>;
  /** Whether a file id names a photo (or, with kind 'roster', a roster file) of this store (ids arrive from clients); with `uploader`, one in that person's folder. */
  owns(fileId: string, uploader?: Identity, kind?: UploadKind): boolean;
  /** Addresses the client can show, in the order given ('' for a photo that may not be shown). */
  urls(fileIds: readonly string[]): Promise<string[]>;
  /** An address WeChat's image check can fetch (cloud only). */
  publicUrl?(fileId: string): Promise<string | null>;
}

/** WeChat's image check (security.mediaCheckAsync, version 2); absent locally, where photos pass at once. */
export interface MediaChecker {
  /** Starts the check; the verdict arrives later by message push, matched by the trace id. */
  submit(url: string, author: Identity): Promise<{ traceId: string }>;
}

/** Checks user-written text before it is stored: WeChat's msgSecCheck in the cloud, a word list locally. */
export interface ContentChecker {
  /** `scene` as WeChat numbers it: 1 profile (names), 2 comment (the default). A refusal carries WeChat's label code. */
  check(text: string, author: { openid: string }, scene?: 1 | 2): Promise<{ ok: true } | { ok: false; reason: string; label?: number }>;
}

/** WeChat's mini-program codes (wxacode.getUnlimited); absent locally, where the screen draws a QR of the link. */
export interface MiniCodes {
  /** The code's image, or null when WeChat would not draw it (an unpublished page, a quota). */
  unlimited(code: { page: string; scene: string }): Promise<{ contentType: string; bytes: Uint8Array } | null>;
}

export interface Deps {
  store: Store;
  clock: Clock;
  notifier: Notifier;
  files: Files;
  contentCheck: ContentChecker;
  /** Absent where groups cannot be resolved (tests that do not need them). */
  groups?: GroupResolver;
  /** Absent locally: photos pass at once. */
  mediaCheck?: MediaChecker;
  /** Absent locally: the join screen draws a QR of the link itself. */
  miniCodes?: MiniCodes;
}

/** Identity as the platform vouches for it (OPENID, or the demo sign-in); never read from a request body. */
export interface Identity {
  openid: string;
}

export interface Ctx extends Deps {
  /** The compound the call is in: `store` is its view (server/store/scoped.ts). */
  compoundId?: string;
  /** null for actions open to `public`, and for actions that defer reading the caller (below). */
  caller: Caller | null;
  /** Who is calling, before any read: set for every signed-in call. */
  identity?: Identity | null;
  /**
   * Reads the caller's user (once) for an action declared with `defersCaller`: its hot path knows
   * the caller from a document keyed by their id and needs no read of the user itself.
   */
  loadCaller?: () => Promise<Caller>;
  /**
   * The call as it arrived (action name and its raw input): a text the content check refuses is
   * held with it, so a reviewer can publish it later by running the same call (server/content/held.ts).
   */
  call?: { action: string; input: unknown };
}

export const systemClock: Clock = { now: () => new Date() };
