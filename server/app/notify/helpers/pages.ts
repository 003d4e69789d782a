// Where a poll's or an issue's message card opens, as WeChat wants it: a page of the one route
// table (src/routes.ts), without a leading slash, with its query.
import { PAGES, messagePage } from '../../../../src/routes';

export const PAGES_FOR = {
  issueDetail: (id: string) => messagePage(PAGES.issueDetail, { id }),
  pollDetail: (id: string) => messagePage(PAGES.pollDetail, { id }),
  pollResults: (id: string) => messagePage(PAGES.pollResults, { id }),
};
