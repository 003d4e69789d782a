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
import { issueRefusals, issueSummaries } from '../../../src/copy/issues';

export const uploadPhoto = defineAction({
  name: 'photos.upload',
  summary: issueSummaries['photos.upload'],
  input: z.object({ fileId: z.string({ error: issueRefusals.photoMissing }).min(1, issueRefusals.photoMissing).max(300, issueRefusals.photoIdMalformed) }).strict(),
  roles: allowed('photos.upload'),
  async run(ctx, input) {
    const caller = callerOf(ctx);
    const identity = { openid: caller.openid };
    if (!ctx.files.owns(input.fileId, identity)) throw invalid('fileId', issueRefusals.photoNotYours);
    const bytes = await ctx.files.read(input.fileId);
    if (!bytes) throw invalid('fileId', issueRefusals.photoNotUploaded);
    if (bytes.length > PHOTO_BYTES_MAX) {
      await ctx.files.remove(input.fileId);
      throw new AppError('too_large', issueRefusals.photoTooLarge, 'fileId');
    }
    const type = sniffImage(bytes);
    if (!type) {
      await ctx.files.remove(input.fileId);
      throw invalid('fileId', issueRefusals.photoFormat);
    }
    const review = await startPhotoReview(ctx, input.fileId, caller.userId, identity);
    // The uploader sees their own photo at once; others see "审核中" until the check answers.
    const [url] = await ctx.files.urls([input.fileId]);
    const own = url === PHOTO_IN_REVIEW && ctx.files.publicUrl ? (await ctx.files.publicUrl(input.fileId)) ?? '' : url;
    return { fileId: input.fileId, url: own, bytes: bytes.length, type, review };
  },
});
