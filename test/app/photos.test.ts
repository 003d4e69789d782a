// Photos travel through storage, never inside an action: the phone (or the local host's /upload)
// puts the bytes in the person's folder and `photos.upload` checks the file id it is sent. The
// image check's verdict arrives later by message push; until then others see "审核中".
import { demoHarness, type Harness } from '../support/harness';
import { png, putFile, uploadPhoto } from '../support/photos';
import { PHOTO_IN_REVIEW, CALL_PAYLOAD_MAX } from '../../src/domain/photos';
import { reviewedFiles } from '../../server/files/review';
import { cloudFiles, TEMP_URL_BATCH } from '../../server/files/cloudStorage';
import { memoryFiles } from '../../server/files/disk';
import { makeCloudHandler } from '../../server/cloud/entry';
import { makeJobsHandler } from '../../server/cloud/jobsEntry';
import type { Deps } from '../../server/app/context';

let h: Harness;
beforeEach(async () => {
  h = await demoHarness();
});
afterEach(() => h.close());

const errorOf = (o: { body: unknown }) => (o.body as { error: { code: string; field?: string; message: string } }).error;

describe('photos.upload', () => {
  it('accepts a photo from the caller\'s own folder and answers its address', async () => {
    const fileId = await putFile(h, 'resident', png());
    const r = await h.ok('resident', 'photos.upload', { fileId });
    expect(r).toMatchObject({ fileId, type: 'image/png', review: 'pass', url: expect.stringMatching(/^\/files\/uploads\/[0-9a-f]{32}\//) });
  });

  it('refuses a file id from someone else\'s folder, naming the field', async () => {
    const theirs = await putFile(h, 'owner', png());
    const outcome = await h.call('resident', 'photos.upload', { fileId: theirs });
    expect([outcome.status, errorOf(outcome).field]).toEqual([400, 'fileId']);
  });

  it('refuses an address that is not one of this store\'s upload paths', async () => {
    for (const fileId of ['https://evil.example/x.jpg', 'cloud://other-env.abc/uploads/x.jpg', 'local://gongzhi/../secret.png']) {
      const outcome = await h.call('resident', 'photos.upload', { fileId });
      expect([outcome.status, errorOf(outcome).field]).toEqual([400, 'fileId']);
    }
  });

  it('judges the type by the first bytes, not the name, and deletes a refused file', async () => {
    const gif = await putFile(h, 'owner', new Uint8Array(Buffer.from('GIF89a......')), 'image/png');
    const outcome = await h.call('owner', 'photos.upload', { fileId: gif });
    expect([outcome.status, errorOf(outcome).field]).toEqual([400, 'fileId']);
    expect(await h.deps.files.read(gif)).toBeNull();
  });

  it('refuses a photo over 2 MB with 413 naming the field', async () => {
    const big = new Uint8Array(2 * 1024 * 1024 + 1).fill(0xff);
    big[1] = 0xd8;
    const fileId = await putFile(h, 'owner', big, 'image/jpeg');
    const outcome = await h.call('owner', 'photos.upload', { fileId });
    expect([outcome.status, errorOf(outcome).field]).toEqual([413, 'fileId']);
  });

  it('refuses the old base64 payload: no photo bytes inside an action', async () => {
    const outcome = await h.call('owner', 'photos.upload', { dataBase64: Buffer.from(png()).toString('base64') });
    expect([outcome.status, errorOf(outcome).code]).toEqual([400, 'invalid']);
  });

  it('the test transport refuses a body over WeChat\'s 100 KB callFunction limit, before any action runs', async () => {
    const before = await h.deps.store.count('issues');
    const outcome = await h.call('owner', 'issues.report', { category: 'wall', place: { common: 'wall' }, description: 'x'.repeat(CALL_PAYLOAD_MAX) });
    expect([outcome.status, errorOf(outcome).code]).toEqual([413, 'too_large']);
    expect(await h.deps.store.count('issues')).toBe(before);
  });

  it('hides a photo id nobody registered through photos.upload, so nothing skips the checks', async () => {
    const raw = await putFile(h, 'resident', png());
    const registered = await uploadPhoto(h, 'resident');
    expect(await h.deps.files.urls([raw, registered])).toEqual(['', expect.stringMatching(/^\/files\/uploads\//)]);
  });
});

describe('the image check (mediaCheckAsync v2, verdict by message push)', () => {
  function withChecker(): { deps: Deps; submitted: string[] } {
    const submitted: string[] = [];
    let n = 0;
    const inner = h.deps.files;
    const deps: Deps = {
      ...h.deps,
      files: { ...inner, publicUrl: async (id) => `https://tmp.example/${encodeURIComponent(id)}` },
      mediaCheck: { submit: async (url) => (submitted.push(url), { traceId: `trace-${++n}` }) },
    };
    return { deps, submitted };
  }

  it('shows 审核中 until the push, then the photo; a risky one is hidden for good', async () => {
    const { deps, submitted } = withChecker();
    const { dispatch } = await import('../../server/app/dispatch');
    const upload = async () => {
      const fileId = await putFile(h, 'resident', png());
      const o = await dispatch(deps, 'photos.upload', { fileId }, { openid: 'demo-resident' });
      return (o.body as { data: { fileId: string; review: string; url: string } }).data;
    };
    const a = await upload();
    const b = await upload();
    expect([a.review, b.review, submitted.length]).toEqual(['pending', 'pending', 2]);
    // The uploader still sees their own photo.
    expect(a.url).toMatch(/^https:\/\/tmp\.example\//);
    expect(await deps.files.urls([a.fileId, b.fileId])).toEqual([PHOTO_IN_REVIEW, PHOTO_IN_REVIEW]);

    const main = makeCloudHandler({ deps: () => deps, context: () => ({ SOURCE: 'wx_msg' }) });
    await main({ MsgType: 'event', Event: 'wxa_media_check', trace_id: 'trace-1', result: { suggest: 'pass', label: 100 } } as never);
    await main({ MsgType: 'event', Event: 'wxa_media_check', trace_id: 'trace-2', result: { suggest: 'risky', label: 20002 } } as never);
    const [shownA, shownB] = await deps.files.urls([a.fileId, b.fileId]);
    expect(shownA).toMatch(/^\/files\/uploads\//);
    expect(shownB).toBe('');
  });

  it('reads a v2 push whose label is a string, and a version-1 push (isrisky) the same way', async () => {
    const { deps } = withChecker();
    const { dispatch } = await import('../../server/app/dispatch');
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const fileId = await putFile(h, 'resident', png());
      await dispatch(deps, 'photos.upload', { fileId }, { openid: 'demo-resident' });
      ids.push(fileId);
    }
    const main = makeCloudHandler({ deps: () => deps, context: () => ({}) });
    // As observed in a real v2 push: "label":"100" (a string).
    await main({ ToUserName: 'gh_x', MsgType: 'event', Event: 'wxa_media_check', appid: 'wx1', trace_id: 'trace-1', version: 2, result: { suggest: 'risky', label: '20002' }, detail: [] } as never);
    await main({ MsgType: 'event', Event: 'wxa_media_check', trace_id: 'trace-2', isrisky: 1, extra_info_json: '', status_code: 0, detail: [] } as never);
    await main({ MsgType: 'event', Event: 'wxa_media_check', trace_id: 'trace-3', isrisky: 0, extra_info_json: '', status_code: 0, detail: [] } as never);
    const [a, b, c] = await deps.files.urls(ids);
    expect([a, b]).toEqual(['', '']);
    expect(c).toMatch(/^\/files\/uploads\//);
    const review = await h.deps.store.find('photoReviews', { where: { traceId: 'trace-1' } });
    expect(review[0]).toMatchObject({ status: 'risky', label: 20002 });
  });

  it('keeps a verdict pushed before the upload finished writing its photo', async () => {
    const { deps } = withChecker();
    const { dispatch } = await import('../../server/app/dispatch');
    const main = makeCloudHandler({ deps: () => deps, context: () => ({}) });
    // The check is started before the photo is written: here the push lands in between.
    const racing: Deps = {
      ...deps,
      mediaCheck: {
        async submit() {
          await main({ MsgType: 'event', Event: 'wxa_media_check', trace_id: 'trace-early', result: { suggest: 'risky', label: 20002 } } as never);
          return { traceId: 'trace-early' };
        },
      },
    };
    const fileId = await putFile(h, 'resident', png());
    const o = await dispatch(racing, 'photos.upload', { fileId }, { openid: 'demo-resident' });
    expect((o.body as { data: { review: string } }).data.review).toBe('risky');
    expect(await deps.files.urls([fileId])).toEqual(['']);
  });

  it('ignores a "verdict" sent by a phone through callFunction', async () => {
    const { deps } = withChecker();
    const { dispatch } = await import('../../server/app/dispatch');
    const fileId = await putFile(h, 'resident', png());
    await dispatch(deps, 'photos.upload', { fileId }, { openid: 'demo-resident' });
    const main = makeCloudHandler({ deps: () => deps, context: () => ({ OPENID: 'demo-resident', SOURCE: 'wx_client' }) });
    const forged = await main({ MsgType: 'event', Event: 'wxa_media_check', trace_id: 'trace-1', result: { suggest: 'pass' } } as never);
    expect(forged.ok).toBe(false);
    expect(await deps.files.urls([fileId])).toEqual([PHOTO_IN_REVIEW]);
  });
});

describe('cloud storage adapter', () => {
  it('asks getTempFileURL for at most 50 ids a call', async () => {
    const calls: number[] = [];
    const cloud = {
      getTempFileURL: async ({ fileList }: { fileList: string[] }) => {
        calls.push(fileList.length);
        if (fileList.length > 50) throw Object.assign(new Error('too many'), { errCode: -501007 });
        return { fileList: fileList.map((fileID) => ({ fileID, tempFileURL: `https://t/${fileID.slice(-20)}`, status: 0 })) };
      },
    };
    const ids = Array.from({ length: 120 }, (_, i) => `cloud://prod-1.abc/uploads/${'a'.repeat(32)}/${String(i).padStart(16, '0')}.jpg`);
    const urls = await cloudFiles(cloud, () => 'prod-1').urls(ids);
    expect(calls).toEqual([TEMP_URL_BATCH, TEMP_URL_BATCH, 20]);
    expect(urls.every((u) => u.startsWith('https://t/'))).toBe(true);
  });

  it('owns only upload paths of its own environment, in the caller\'s folder when asked', async () => {
    const files = cloudFiles({}, () => 'prod-1');
    const folder = files.folder('o-alice');
    const mine = `cloud://prod-1.7072-prod-1-123/uploads/${folder}/0123456789abcdef0123.jpg`;
    expect(files.owns(mine, { openid: 'o-alice' })).toBe(true);
    expect(files.owns(mine, { openid: 'o-bob' })).toBe(false);
    expect(files.owns(mine.replace('prod-1.', 'test-9.'))).toBe(false);
    expect(files.owns(`cloud://prod-1.x/photos/${'a'.repeat(64)}.jpg`)).toBe(false);
  });

  it('reviewed urls of an empty list ask nothing', async () => {
    const files = reviewedFiles(memoryFiles(), h.deps.store);
    expect(await files.urls([])).toEqual([]);
  });
});

describe('jobs function', () => {
  it('logs and refuses any caller but the timer', async () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const main = makeJobsHandler({ deps: () => h.deps, context: () => ({ SOURCE: 'wx_client', OPENID: 'o-probe-123' }) });
    expect(await main()).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('SOURCE=wx_client'));
    warn.mockRestore();
  });
});
