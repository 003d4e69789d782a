// The cloud Files adapter: WeChat cloud storage. The mini-program usually uploads photos itself
// (wx.cloud.uploadFile) and sends the fileIDs; this adapter stores server-side bytes and turns
// fileIDs into temporary URLs.
import { createHash } from 'node:crypto';
import type { Files } from '../app/context';

const EXT: Record<string, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp' };

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function cloudFiles(cloud: any): Files {
  return {
    async put(bytes, contentType) {
      const name = `${createHash('sha256').update(bytes).digest('hex')}.${EXT[contentType]}`;
      const res = await cloud.uploadFile({ cloudPath: `photos/${name}`, fileContent: Buffer.from(bytes) });
      return res.fileID as string;
    },
    owns: (fileId) => /^cloud:\/\/[\w.-]+\/[\w\-/.]+$/.test(fileId) && fileId.length < 300,
    async urls(fileIds) {
      if (fileIds.length === 0) return [];
      const res = await cloud.getTempFileURL({ fileList: [...fileIds] });
      const byId = new Map<string, string>((res.fileList as Array<{ fileID: string; tempFileURL: string }>).map((f) => [f.fileID, f.tempFileURL]));
      return fileIds.map((id) => byId.get(id) ?? '');
    },
  };
}
