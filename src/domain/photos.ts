// Where a person's photos go in storage, and how a file id names one. The same shape serves the
// cloud (`cloud://<env>.<bucket>/uploads/<folder>/<name>.<ext>`, uploaded by the phone itself with
// wx.cloud.uploadFile) and the local host (`local://gongzhi/uploads/<folder>/<name>.<ext>`), so
// one check decides whether an id is a photo this person uploaded.

/** A photo waiting for WeChat's image check: screens show "审核中" instead of the picture. */
export const PHOTO_IN_REVIEW = 'review:pending';

/** WeChat's callFunction carries at most 100 KB of text per call (CloudBase EXCEED_MAX_PAYLOAD_SIZE). */
export const CALL_PAYLOAD_MAX = 100 * 1024;

export const PHOTO_EXTENSIONS = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp' } as const;

/** `uploads/<32 hex>/<16–64 hex>.<ext>`: the only paths a photo id may end with. */
export const UPLOAD_PATH = /^uploads\/([0-9a-f]{32})\/[0-9a-f]{16,64}\.(jpg|png|webp)$/;

/**
 * A roster file the committee uploads (people/rosterFile.ts): the same per-person folders, its own
 * extensions, so a photo id is never a roster and a roster id never a photo.
 */
export const ROSTER_FILE_TYPES = { 'text/csv': 'csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx' } as const;
export const ROSTER_UPLOAD_PATH = /^uploads\/([0-9a-f]{32})\/[0-9a-f]{16,64}\.(csv|xlsx)$/;

/** What an upload is for: each kind has its own path shape. */
export type UploadKind = 'photo' | 'roster';
const SHAPES: Record<UploadKind, RegExp> = { photo: UPLOAD_PATH, roster: ROSTER_UPLOAD_PATH };

/** A cloud or local file id, split into its store part and its path; null for anything else. */
export function splitFileId(fileId: string, kind: UploadKind = 'photo'): { store: string; path: string } | null {
  if (typeof fileId !== 'string' || fileId.length > 300) return null;
  const m = /^(cloud:\/\/[\w-]+\.[\w-]+|local:\/\/gongzhi)\/(.+)$/.exec(fileId);
  if (!m || !SHAPES[kind].test(m[2])) return null;
  return { store: m[1], path: m[2] };
}

/** The folder a file id's path sits in (`<32 hex>`), or null. */
export function folderOf(fileId: string, kind: UploadKind = 'photo'): string | null {
  const parts = splitFileId(fileId, kind);
  return parts ? SHAPES[kind].exec(parts.path)![1] : null;
}

/** A fresh name in the person's folder; `random` is 16+ hex characters. */
export function uploadPath(folder: string, random: string, ext: string): string {
  return `uploads/${folder}/${random}.${ext}`;
}
