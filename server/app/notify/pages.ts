// Where a message's card opens, as WeChat wants it: a page path of this mini-program, without a
// leading slash, with its query (41030 when the page does not exist in the released version).
export const PAGES_FOR = {
  issueDetail: (id: string) => `packages/issues/detail/index?id=${encodeURIComponent(id)}`,
  pollDetail: (id: string) => `packages/polls/detail/index?id=${encodeURIComponent(id)}`,
  pollResults: (id: string) => `packages/polls/results/index?id=${encodeURIComponent(id)}`,
};
