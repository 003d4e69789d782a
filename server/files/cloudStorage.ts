// The cloud Files adapter: WeChat cloud storage. The phone uploads a photo itself
// (wx.cloud.uploadFile, into the person's folder) and sends only the fileID; `photos.upload` then
// reads it here to check its size and real type.
//  - getTempFileURL takes at most 50 ids a call ("一次最多取 50 个"), so longer lists go in
//    batches: https://developers.weixin.qq.com/miniprogram/dev/wxcloud/reference-sdk-api/storage/Cloud.getTempFileURL.html
//  - downloadFile answers `fileContent` (a Buffer), deleteFile takes a fileList (at most 50):
//    https://developers.weixin.qq.com/minigame/dev/wxcloud/reference-server-api/storage/downloadFile.html
import type { Files } from '../app/context';
import { newUploadPath, ownsUpload, SERVER, uploadFolder } from './folder';

export const TEMP_URL_BATCH = 50;

/**
 * `env` is the cloud environment's id (`cloud.getWXContext().ENV`): a fileID from another
 * environment, or outside the uploads folders, is not one of ours.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function cloudFiles(cloud: any, env: () => string | undefined = () => undefined): Files {
  const ours = (prefix: string) => {
    const id = env();
    return prefix.startsWith('cloud://') && (!id || prefix.slice('cloud://'.length).startsWith(`${id}.`));
  };
  async function tempUrls(fileIds: readonly string[]): Promise<Map<string, string>> {
    const byId = new Map<string, string>();
    for (let i = 0; i < fileIds.length; i += TEMP_URL_BATCH) {
      const res = await cloud.getTempFileURL({ fileList: fileIds.slice(i, i + TEMP_URL_BATCH) });
      for (const f of (res.fileList ?? []) as Array<{ fileID: string; tempFileURL: string; status?: number }>) if (!f.status) byId.set(f.fileID, f.tempFileURL);
    }
    return byId;
  }
  return {
    folder: uploadFolder,
    async put(bytes, contentType, uploader) {
      const cloudPath = newUploadPath((uploader ?? SERVER).openid, contentType);
      if (!cloudPath) throw new Error(`unsupported content type ${contentType}`);
      const res = await cloud.uploadFile({ cloudPath, fileContent: Buffer.from(bytes) });
      return res.fileID as string;
    },
    async read(fileId) {
      try {
        const res = await cloud.downloadFile({ fileID: fileId });
        return new Uint8Array(res.fileContent as Buffer);
      } catch (error) {
        console.error('[files.read]', (error as { errCode?: number }).errCode, (error as Error).message);
        return null;
      }
    },
    async remove(fileId) {
      try {
        await cloud.deleteFile({ fileList: [fileId] });
      } catch (error) {
        console.error('[files.remove]', (error as Error).message);
      }
    },
    owns: (fileId, uploader, kind) => ownsUpload(fileId, ours, uploader, kind),
    async urls(fileIds) {
      if (fileIds.length === 0) return [];
      const byId = await tempUrls([...new Set(fileIds)]);
      return fileIds.map((id) => byId.get(id) ?? '');
    },
    async publicUrl(fileId) {
      return (await tempUrls([fileId])).get(fileId) ?? null;
    },
  };
}
