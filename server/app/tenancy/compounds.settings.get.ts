// compounds.settings.get: the compound's settings as 小区设置 shows them (settingsView.ts).
import { z } from 'zod';
import { defineAction } from '../action';
import { allowed } from '../../../src/domain/permissions';
import { tenancySummaries } from '../../../src/copy/tenancy';
import { settingsView } from './helpers/settingsView';

export const getCompoundSettings = defineAction({
  name: 'compounds.settings.get',
  summary: tenancySummaries['compounds.settings.get'],
  input: z.object({}).strict(),
  roles: allowed('compounds.settings.get'),
  run: (ctx) => settingsView(ctx),
});
