// The local Files adapter: content-addressed files under the data folder, so the same photo sent
// twice is stored once. Served by the host at /files/<name>.
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import type { Files } from '../app/context';

const EXT: Record<string, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp' };
export const LOCAL_FILE = /^local:([0-9a-f]{64})\.(jpg|png|webp)$/;

export function diskFiles(dir: string): Files {
  return {
    async put(bytes, contentType) {
      const ext = EXT[contentType];
      if (!ext) throw new Error(`unsupported content type ${contentType}`);
      const name = `${createHash('sha256').update(bytes).digest('hex')}.${ext}`;
      mkdirSync(dir, { recursive: true });
      const file = path.join(dir, name);
      if (!existsSync(file)) writeFileSync(file, bytes);
      return `local:${name}`;
    },
    owns: (fileId) => LOCAL_FILE.test(fileId),
    async urls(fileIds) {
      return fileIds.map((id) => `/files/${id.slice('local:'.length)}`);
    },
  };
}

/** In-memory files for tests on `:memory:` databases. */
export function memoryFiles(): Files & { stored: Map<string, Uint8Array> } {
  const stored = new Map<string, Uint8Array>();
  return {
    stored,
    async put(bytes, contentType) {
      const name = `${createHash('sha256').update(bytes).digest('hex')}.${EXT[contentType]}`;
      stored.set(name, bytes);
      return `local:${name}`;
    },
    owns: (fileId) => LOCAL_FILE.test(fileId) && stored.has(fileId.slice(6)),
    async urls(fileIds) {
      return fileIds.map((id) => `/files/${id.slice(6)}`);
    },
  };
}
