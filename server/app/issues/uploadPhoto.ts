// photos.upload: accepts one photo the phone has put in cloud storage (the local host's upload
// route stands in for that) and returns its file id and address. Only the file id travels in the
// call, never the bytes (callFunction carries at most 100 KB). Refuses an id outside the caller's
// own upload folder, a file over 2 MB, and anything whose first bytes are not JPEG, PNG or WebP
// (whatever its name says); a refused file is deleted. The photo then waits for WeChat's image
// check ("审核中") and is hidden if it comes back risky.
import { z } from 'zod';
import { defineAction, callerOf } from '../action';
import { PHOTO_BYTES_MAX, sniffImage } from '../../../src/domain/issues';
import { PHOTO_IN_REVIEW } from '../../../src/domain/photos';
import { AppError, invalid } from '../errors';
import { startPhotoReview } from '../../files/review';
import { allowed } from '../../../src/domain/permissions';

export const uploadPhoto = defineAction({
  name: 'photos.upload',
  summary: '登记一张已上传到云存储的照片(JPEG/PNG/WebP,不超过 2 MB),并送微信图片审核',
  input: z.object({ fileId: z.string({ error: '请选择照片' }).min(1, '请选择照片').max(300, '照片编号不对,请重新上传') }).strict(),
  roles: allowed('photos.upload'),
  async run(ctx, input) {
    const caller = callerOf(ctx);
    const identity = { openid: caller.openid };
    if (!ctx.files.owns(input.fileId, identity)) throw invalid('fileId', '照片不是你刚上传的,请重新选择照片');
    const bytes = await ctx.files.read(input.fileId);
    if (!bytes) throw invalid('fileId', '照片没有上传成功,请重新选择');
    if (bytes.length > PHOTO_BYTES_MAX) {
      await ctx.files.remove(input.fileId);
      throw new AppError('too_large', '照片太大:压缩后不能超过 2 MB', 'fileId');
    }
    const type = sniffImage(bytes);
    if (!type) {
      await ctx.files.remove(input.fileId);
      throw invalid('fileId', '只能上传 JPEG、PNG 或 WebP 格式的照片');
    }
    const review = await startPhotoReview(ctx, input.fileId, caller.userId, identity);
    // The uploader sees their own photo at once; others see "审核中" until the check answers.
    const [url] = await ctx.files.urls([input.fileId]);
    const own = url === PHOTO_IN_REVIEW && ctx.files.publicUrl ? (await ctx.files.publicUrl(input.fileId)) ?? '' : url;
    return { fileId: input.fileId, url: own, bytes: bytes.length, type, review };
  },
});
