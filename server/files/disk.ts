// The local Files adapter: uploads under the data folder, in the same per-person paths as cloud
// storage (`local://gongzhi/uploads/<folder>/<name>.<ext>`), served by the host at /files/uploads/…
// Ids of the older content-addressed shape (`local:<sha256>.<ext>`) are still shown.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Files } from '../app/context';
import { splitFileId } from '../../src/domain/photos';
import { newUploadPath, ownsUpload, SERVER, uploadFolder } from './folder';

export const LOCAL_STORE = 'local://gongzhi';
const LEGACY_FILE = /^local:([0-9a-f]{64})\.(jpg|png|webp)$/;

const isLocal = (prefix: string) => prefix === LOCAL_STORE;

function addressOf(fileId: string): string {
  const parts = splitFileId(fileId);
  if (parts) return `/files/${parts.path}`;
  return LEGACY_FILE.test(fileId) ? `/files/${fileId.slice('local:'.length)}` : '';
}

function newId(bytes: Uint8Array, contentType: string, openid: string): string {
  const rel = newUploadPath(openid, contentType);
  if (!rel || bytes.length === 0) throw new Error(`unsupported content type ${contentType}`);
  return `${LOCAL_STORE}/${rel}`;
}

export function diskFiles(dir: string): Files {
  const fileOf = (fileId: string) => {
    const parts = splitFileId(fileId) ?? splitFileId(fileId, 'roster');
    return parts && isLocal(parts.store) ? path.join(dir, parts.path) : null;
  };
  return {
    folder: uploadFolder,
    async put(bytes, contentType, uploader) {
      const id = newId(bytes, contentType, (uploader ?? SERVER).openid);
      const file = fileOf(id)!;
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, bytes);
      return id;
    },
    async read(fileId) {
      const file = fileOf(fileId);
      return file && existsSync(file) ? new Uint8Array(readFileSync(file)) : null;
    },
    async remove(fileId) {
      const file = fileOf(fileId);
      if (file) rmSync(file, { force: true });
    },
    owns: (fileId, uploader, kind) => ownsUpload(fileId, isLocal, uploader, kind) || (!uploader && !kind && LEGACY_FILE.test(fileId)),
    async urls(fileIds) {
      return fileIds.map(addressOf);
    },
  };
}

/** In-memory files for tests on `:memory:` databases. */
export function memoryFiles(): Files & { stored: Map<string, Uint8Array> } {
  const stored = new Map<string, Uint8Array>();
  return {
    stored,
    folder: uploadFolder,
    async put(bytes, contentType, uploader) {
      const id = newId(bytes, contentType, (uploader ?? SERVER).openid);
      stored.set(id, bytes);
      return id;
    },
    async read(fileId) {
      return stored.get(fileId) ?? null;
    },
    async remove(fileId) {
      stored.delete(fileId);
    },
    owns: (fileId, uploader, kind) => stored.has(fileId) && ownsUpload(fileId, isLocal, uploader, kind),
    async urls(fileIds) {
      return fileIds.map(addressOf);
    },
  };
}
