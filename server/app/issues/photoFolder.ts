// photos.folder: the caller's own storage folder, where the phone puts photos with
// wx.cloud.uploadFile before sending their file ids. `photos.upload` refuses ids from any other folder.
import { z } from 'zod';
import { defineAction, callerOf } from '../action';
import { allowed } from '../../../src/domain/permissions';

export const photoFolder = defineAction({
  name: 'photos.folder',
  summary: '我的照片上传目录(云存储 uploads/<目录>/)',
  input: z.object({}).strict(),
  roles: allowed('photos.folder'),
  async run(ctx) {
    return { folder: ctx.files.folder(callerOf(ctx).openid) };
  },
});
