// A share card's path carrying the current compound, so the card opens in the compound it was
// shared from (the app switches to it at launch: services/joining.ts). Only subpackage screens
// share, so this stays out of the main package.
import { currentCompound } from './compound';
import { withCompound } from '../domain/compoundCard';

export const sharePath = (path: string) => withCompound(path, currentCompound());
