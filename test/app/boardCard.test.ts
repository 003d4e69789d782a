// The dispatch board's card for an issue the reporter reopened: the reporter's photo and why they
// said it was not fixed, so the manager reassigns without opening the issue.
import { demoHarness, type Harness } from '../support/harness';
import { uploadPhoto } from '../support/photos';

let h: Harness;
beforeAll(async () => {
  h = await demoHarness();
});
afterAll(() => h.close());

it('shows the photo and the reopen reason on the board card of a reopened issue', async () => {
  const photo = await uploadPhoto(h, 'owner');
  const { issue } = await h.ok('owner', 'issues.report', { category: 'wall', place: { common: 'wall' }, description: '院墙裂缝又渗水', photos: [photo] });
  await h.ok('manager', 'issues.transition', { issueId: issue.id, transition: 'accept' });
  const accepted = (await h.ok('manager', 'tasks.board')).toAssign.find((i: { id: string }) => i.id === issue.id);
  expect(accepted).toMatchObject({ thumb: expect.any(String), reopenReason: null });
  await h.ok('manager', 'issues.transition', { issueId: issue.id, transition: 'start' });
  const after = await uploadPhoto(h, 'manager');
  await h.ok('manager', 'issues.transition', { issueId: issue.id, transition: 'finish', note: '抹了水泥', photos: [after] });
  await h.ok('owner', 'issues.transition', { issueId: issue.id, transition: 'reopen', note: '下雨还是渗水' });
  const card = (await h.ok('manager', 'tasks.board')).toAssign.find((i: { id: string }) => i.id === issue.id);
  expect(card).toMatchObject({ status: 'reopened', reopenReason: '下雨还是渗水', thumb: accepted!.thumb });
});
