// The issues area's (报事 and their photos) part of the action table; spread into server/app/actions.ts.
import { uploadPhoto } from './uploadPhoto';
import { photoFolder } from './photoFolder';
import { reportIssue } from './reportIssue';
import { findSimilar } from './findSimilar';
import { listPlaces } from './listPlaces';
import { secondIssue } from './secondIssue';
import { commentIssue } from './commentIssue';
import { feed } from './feed';
import { getIssue } from './getIssue';
import { transitionIssue } from './transitionIssue';
import { rateIssue } from './rateIssue';
import { stats } from './stats';

export const issueActions = {
  'photos.upload': uploadPhoto,
  'photos.folder': photoFolder,
  'issues.report': reportIssue,
  'issues.similar': findSimilar,
  'issues.places': listPlaces,
  'issues.second': secondIssue,
  'issues.comment': commentIssue,
  'issues.feed': feed,
  'issues.get': getIssue,
  'issues.transition': transitionIssue,
  'issues.rate': rateIssue,
  'issues.stats': stats,
} as const;
