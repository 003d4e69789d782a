// The many-compounds (tenancy) area's part of the action table; spread into server/app/actions.ts.
import { myCompounds } from './compounds.mine';
import { compareCompounds } from './compounds.compare';
import { grantOrgRole } from './orgRoles.grant';
import { searchCompounds } from './compounds.search';
import { aboutCompound } from './compounds.about';
import { joinCode } from './compounds.joinCode';
import { createCompound } from './compounds.create';
import { setupOptions } from './compounds.setupOptions';
import { getCompoundSettings } from './compounds.settings.get';
import { saveCompoundSettings } from './compounds.settings.save';

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
