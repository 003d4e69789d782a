// photos.folder: the caller's own storage folder, where the phone puts photos with
// wx.cloud.uploadFile before sending their file ids. `photos.upload` refuses ids from any other folder.
import { z } from 'zod';
import { defineAction, callerOf } from '../action';
import { allowed } from '../../../src/domain/permissions';
import { issueSummaries } from '../../../src/copy/issues';

export const photoFolder = defineAction({
  name: 'photos.folder',
  summary: issueSummaries['photos.folder'],
  input: z.object({}).strict(),
  roles: allowed('photos.folder'),
  async run(ctx) {
    return { folder: ctx.files.folder(callerOf(ctx).openid) };
  },
});
