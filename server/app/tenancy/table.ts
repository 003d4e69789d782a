// The many-compounds (tenancy) area's part of the action table; spread into server/app/actions.ts.
import { myCompounds } from './myCompounds';
import { compareCompounds } from './compareCompounds';
import { grantOrgRole } from './grantOrgRole';
import { searchCompounds } from './searchCompounds';
import { aboutCompound } from './aboutCompound';
import { joinCode } from './joinCode';
import { createCompound } from './createCompound';
import { setupOptions } from './setupOptions';
import { getCompoundSettings } from './getCompoundSettings';
import { saveCompoundSettings } from './compoundSettings';

export const tenancyActions = {
  'compounds.mine': myCompounds,
  'compounds.compare': compareCompounds,
  'orgRoles.grant': grantOrgRole,
  'compounds.search': searchCompounds,
  'compounds.about': aboutCompound,
  'compounds.joinCode': joinCode,
  'compounds.setupOptions': setupOptions,
  'compounds.create': createCompound,
  'compounds.settings.get': getCompoundSettings,
  'compounds.settings.save': saveCompoundSettings,
} as const;
