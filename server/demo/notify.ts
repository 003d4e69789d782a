// Demo grants, as if the property staff had tapped "允许" when WeChat asked: 刘师傅 and 周经理 hear
// about their tasks and overdue reports, so the outbox page shows messages sent as well as ones
// not sent for want of a grant (the residents have given none yet). Runs before the demo's
// activity, which sends those messages.
import type { Deps } from '../app/context';
import { addGrants } from '../notify/grants';
import { personaOpenid } from './personas';

export async function seedDemoGrants(deps: Deps, now: Date): Promise<void> {
  const ids = deps.notifier.templateIds?.() ?? {};
  const at = now.toISOString();
  const grants: Array<[persona: string, kind: string, count: number]> = [
    ['staff', 'task.assigned', 10],
    ['manager', 'issue.overdue', 5],
  ];
  for (const [persona, kind, count] of grants) if (ids[kind]) await addGrants(deps.store, `user:${personaOpenid(persona)}`, ids[kind], count, at);
}
