// The issues area's (报事 and their photos) part of the action table; spread into server/app/actions.ts.
import { uploadPhoto } from './photos.upload';
import { photoFolder } from './photos.folder';
import { reportIssue } from './issues.report';
import { findSimilar } from './issues.similar';
import { listPlaces } from './issues.places';
import { secondIssue } from './issues.second';
import { commentIssue } from './issues.comment';
import { feed } from './issues.feed';
import { getIssue } from './issues.get';
import { transitionIssue } from './issues.transition';
import { rateIssue } from './issues.rate';
import { stats } from './issues.stats';

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
