// compounds.joinCode: what a resident shows a neighbour to join the compound the call is in: the
// share card's path, and the QR code. In WeChat the code is a mini-program code from
// wxacode.getUnlimited (server/share/miniCode.ts) that opens the welcome page with the compound in
// its scene; where there is none (the local host, an unpublished version, WeChat refusing) `image`
// is null and the browser build draws a QR of its own address for the same page.
import { z } from 'zod';
import { defineAction } from '../action';
import { AppError } from '../errors';
import { rootOf } from '../../store/scoped';
import { allowed } from '../../../src/domain/permissions';
import { JOIN_PAGE, joinPath } from '../../../src/routes';
import { sceneFor } from '../../../src/domain/compoundCard';
import type { CompoundDoc } from './model';
import { tenancyRefusals, tenancySummaries } from '../../../src/copy/tenancy';

export const joinCode = defineAction({
  name: 'compounds.joinCode',
  summary: tenancySummaries['compounds.joinCode'],
  input: z.object({}).strict(),
  roles: allowed('compounds.joinCode'),
  async run(ctx) {
    const compound = ctx.compoundId ? await rootOf(ctx.store).get<CompoundDoc>('compounds', ctx.compoundId) : null;
    if (!compound) throw new AppError('not_found', tenancyRefusals.compoundNotFound, 'compound');
    const scene = sceneFor(compound._id);
    const code = scene && ctx.miniCodes ? await ctx.miniCodes.unlimited({ page: JOIN_PAGE, scene }) : null;
    return {
      compound: { id: compound._id, name: compound.name },
      path: joinPath(compound._id),
      scene,
      image: code ? `data:${code.contentType};base64,${Buffer.from(code.bytes).toString('base64')}` : null,
    };
  },
});
