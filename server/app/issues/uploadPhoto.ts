// photos.upload: stores one photo (JPEG, PNG or WebP, ≤ 2 MB after the phone compressed it) and
// returns its file id for a report or a finished task. The bytes decide the type, not the name.
import { z } from 'zod';
import { defineAction } from '../action';
import { PHOTO_BYTES_MAX, sniffImage } from '../../../src/domain/issues';
import { AppError, invalid } from '../errors';

const MAX_BASE64 = Math.ceil(PHOTO_BYTES_MAX / 3) * 4;

export const uploadPhoto = defineAction({
  name: 'photos.upload',
  summary: '上传一张照片(JPEG/PNG/WebP,压缩后不超过 2 MB)',
  input: z.object({ dataBase64: z.string({ error: '请选择照片' }).min(1, '请选择照片') }).strict(),
  roles: ['user'],
  async run(ctx, input) {
    const data = input.dataBase64.replace(/^data:[^;]+;base64,/, '');
    if (data.length > MAX_BASE64 + 4) throw new AppError('too_large', '照片太大:压缩后不能超过 2 MB', 'dataBase64');
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(data)) throw invalid('dataBase64', '照片内容无法读取,请重新选择');
    const bytes = new Uint8Array(Buffer.from(data, 'base64'));
    if (bytes.length > PHOTO_BYTES_MAX) throw new AppError('too_large', '照片太大:压缩后不能超过 2 MB', 'dataBase64');
    const type = sniffImage(bytes);
    if (!type) throw invalid('dataBase64', '只能上传 JPEG、PNG 或 WebP 格式的照片');
    const fileId = await ctx.files.put(bytes, type);
    const [url] = await ctx.files.urls([fileId]);
    return { fileId, url, bytes: bytes.length, type };
  },
});
