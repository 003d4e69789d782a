// A person's upload folder: a hash of their openid, so storage paths never show who uploaded, and
// one folder per person lets the function refuse a file id from someone else's folder.
import { createHash, randomBytes } from 'node:crypto';
import { folderOf, PHOTO_EXTENSIONS, splitFileId, uploadPath } from '../../src/domain/photos';
import type { Identity } from '../app/context';

/** Whose folder the server's own files (not a person's upload) go in. */
export const SERVER: Identity = { openid: 'gongzhi-server' };

export function uploadFolder(openid: string): string {
  return createHash('sha256').update(`gongzhi-upload:${openid}`).digest('hex').slice(0, 32);
}

/** A new path in the person's folder for bytes of this type; null for a type photos may not have. */
export function newUploadPath(openid: string, contentType: string): string | null {
  const ext = PHOTO_EXTENSIONS[contentType as keyof typeof PHOTO_EXTENSIONS];
  return ext ? uploadPath(uploadFolder(openid), randomBytes(12).toString('hex'), ext) : null;
}

/** Whether `fileId` is an upload path under `store` (and, with `uploader`, in their folder). */
export function ownsUpload(fileId: string, store: (prefix: string) => boolean, uploader?: Identity): boolean {
  const parts = splitFileId(fileId);
  if (!parts || !store(parts.store)) return false;
  return !uploader || folderOf(fileId) === uploadFolder(uploader.openid);
}
