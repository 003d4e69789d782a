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
  /**
   * `verdict:<trace id>`: each pushed verdict as it arrived, read by id only. The push may come
   * before `photos.upload` has written the photo (it starts the check first, then writes): the
   * upload reads this after writing, the push writes it before looking, so neither is lost.
   */
  mediaVerdicts: { indexes: [] },
};

export interface MediaVerdictDoc extends Doc {
  _id: string;
  traceId: string;
  suggest: string;
  label: number | null;
  at: string;
}

const verdictId = (traceId: string) => `verdict:${traceId}`;
const statusOf = (suggest: string): PhotoStatus => (suggest === 'risky' ? 'risky' : 'pass');

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
  if (!traceId) return status;
  // A verdict pushed while this upload was still writing (see mediaVerdicts above).
  const early = await ctx.store.get<MediaVerdictDoc>('mediaVerdicts', verdictId(traceId));
  if (!early) return status;
  const decided = statusOf(early.suggest);
  await ctx.store.update('photoReviews', doc._id, { status: decided, label: early.label, decidedAt: early.at });
  return decided;
}

/** The pushed verdict of one check. Answers whether a photo was found for the trace id. */
export async function applyMediaVerdict(store: Store, now: Date, verdict: { traceId: string; suggest: string; label?: number }): Promise<boolean> {
  const at = now.toISOString();
  // Kept first, so an upload still writing its photo finds it (a repeated push rewrites the same document).
  await store.set('mediaVerdicts', { _id: verdictId(verdict.traceId), traceId: verdict.traceId, suggest: verdict.suggest, label: verdict.label ?? null, at } satisfies MediaVerdictDoc);
  const [doc] = await store.find<PhotoReviewDoc>('photoReviews', { where: { traceId: verdict.traceId }, limit: 1 });
  if (!doc) return false;
  // 'review' (worth a human look) keeps the photo visible; only 'risky' hides it.
  await store.update('photoReviews', doc._id, { status: statusOf(verdict.suggest), label: verdict.label ?? null, decidedAt: at });
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
