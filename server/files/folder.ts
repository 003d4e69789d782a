// A person's upload folder: a hash of their openid, so storage paths never show who uploaded, and
// one folder per person lets the function refuse a file id from someone else's folder.
import { createHash, randomBytes } from 'node:crypto';
import { folderOf, PHOTO_EXTENSIONS, ROSTER_FILE_TYPES, splitFileId, uploadPath, type UploadKind } from '../../src/domain/photos';
import type { Identity } from '../app/context';

/** Whose folder the server's own files (not a person's upload) go in. */
export const SERVER: Identity = { openid: 'gongzhi-server' };

export function uploadFolder(openid: string): string {
  return createHash('sha256').update(`gongzhi-upload:${openid}`).digest('hex').slice(0, 32);
}

/** A new path in the person's folder for bytes of this type; null for a type no upload may have. */
export function newUploadPath(openid: string, contentType: string): string | null {
  const ext = PHOTO_EXTENSIONS[contentType as keyof typeof PHOTO_EXTENSIONS] ?? ROSTER_FILE_TYPES[contentType as keyof typeof ROSTER_FILE_TYPES];
  return ext ? uploadPath(uploadFolder(openid), randomBytes(12).toString('hex'), ext) : null;
}

/** Whether `fileId` is an upload path of this kind under `store` (and, with `uploader`, in their folder). */
export function ownsUpload(fileId: string, store: (prefix: string) => boolean, uploader?: Identity, kind: UploadKind = 'photo'): boolean {
  const parts = splitFileId(fileId, kind);
  if (!parts || !store(parts.store)) return false;
  return !uploader || folderOf(fileId, kind) === uploadFolder(uploader.openid);
}
