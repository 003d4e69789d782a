// Photos and WeChat's image check. `photos.upload` records each accepted photo as pending and
// starts security.mediaCheckAsync (version 2); the verdict comes back later by the cloud
// environment's message push (MsgType `event`, Event `wxa_media_check`), which `applyMediaVerdict`
// records. Until then screens show "审核中"; a photo judged risky is never shown again. A photo id
// nobody uploaded through `photos.upload` is not shown either, so nothing skips the checks.
//  - mediaCheckAsync v2: media_url, media_type 2 (image), version 2, scene, openid; the result is
//    pushed with trace_id and result.suggest / result.label:
//    https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/sec-center/sec-check/mediaCheckAsync.html
import { createHash } from 'node:crypto';
import type { CollectionSpecs, Doc, Store } from '../store/port';
import type { Ctx, Files, Identity } from '../app/context';
import { PHOTO_IN_REVIEW, splitFileId } from '../../src/domain/photos';

export const photoCollections: CollectionSpecs = {
  /** `photo:<hash of the file id>`: each uploaded photo and its image check. */
  photoReviews: { indexes: [['traceId']] },
};

export type PhotoStatus = 'pending' | 'pass' | 'risky';

export interface PhotoReviewDoc extends Doc {
  _id: string;
  fileId: string;
  uploaderId: string;
  status: PhotoStatus;
  traceId: string | null;
  label: number | null;
  at: string;
  decidedAt?: string;
}

export const photoReviewId = (fileId: string) => `photo:${createHash('sha256').update(fileId).digest('hex').slice(0, 40)}`;

/** Records a photo and starts its check; the answer is its status right now. */
export async function startPhotoReview(ctx: Ctx, fileId: string, uploaderId: string, identity: Identity): Promise<PhotoStatus> {
  let traceId: string | null = null;
  let status: PhotoStatus = 'pass';
  if (ctx.mediaCheck && ctx.files.publicUrl) {
    try {
      const url = await ctx.files.publicUrl(fileId);
      if (url) {
        traceId = (await ctx.mediaCheck.submit(url, identity)).traceId;
        status = 'pending';
      }
    } catch (error) {
      // As with text: a checker outage must not lose a resident's report; the photo shows, logged.
      console.error('[mediaCheckAsync]', (error as { errCode?: number }).errCode, (error as Error).message);
    }
  }
  const doc: PhotoReviewDoc = { _id: photoReviewId(fileId), fileId, uploaderId, status, traceId, label: null, at: ctx.clock.now().toISOString() };
  await ctx.store.set('photoReviews', doc);
  return status;
}

/** The pushed verdict of one check. Answers whether a photo was found for the trace id. */
export async function applyMediaVerdict(store: Store, now: Date, verdict: { traceId: string; suggest: string; label?: number }): Promise<boolean> {
  const [doc] = await store.find<PhotoReviewDoc>('photoReviews', { where: { traceId: verdict.traceId }, limit: 1 });
  if (!doc) return false;
  // 'review' (worth a human look) keeps the photo visible; only 'risky' hides it.
  const status: PhotoStatus = verdict.suggest === 'risky' ? 'risky' : 'pass';
  await store.update('photoReviews', doc._id, { status, label: verdict.label ?? null, decidedAt: now.toISOString() });
  return true;
}

/** Files whose `urls` show only checked photos: '' when hidden, PHOTO_IN_REVIEW while pending. */
export function reviewedFiles(inner: Files, store: Store): Files {
  return {
    ...inner,
    async urls(fileIds) {
      const uploads = [...new Set(fileIds.filter((id) => splitFileId(id)))];
      const status = new Map<string, PhotoStatus>();
      for (let i = 0; i < uploads.length; i += 100) {
        const ids = uploads.slice(i, i + 100).map(photoReviewId);
        for (const d of await store.find<PhotoReviewDoc>('photoReviews', { where: { _id: { $in: ids } }, limit: 100 })) status.set(d.fileId, d.status);
      }
      const shown = fileIds.filter((id) => !splitFileId(id) || status.get(id) === 'pass');
      const addresses = new Map<string, string>();
      const got = await inner.urls(shown);
      shown.forEach((id, i) => addresses.set(id, got[i]));
      return fileIds.map((id) => {
        if (!splitFileId(id)) return addresses.get(id) ?? '';
        const s = status.get(id);
        return s === 'pass' ? addresses.get(id) ?? '' : s === 'pending' ? PHOTO_IN_REVIEW : '';
      });
    },
  };
}
