// Cloud function `jobs`: the timer (config.json, every ten minutes) runs the timed work: recurring tasks,
// auto-closing, follow-ups, SLA alerts, vote reminders, message retries. Only the timer may run it.
import cloud from 'wx-server-sdk';
import { cloudDeps } from '../../server/cloud/deps';
import { runJobs } from '../../server/app/jobs/runJobs';

// DYNAMIC_CURRENT_ENV: the environment the function is deployed in (typed as a symbol).
cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string });

export async function main() {
  const { SOURCE } = cloud.getWXContext();
  if (SOURCE !== 'wx_trigger') return { ok: false, error: { code: 'forbidden', message: '只能由定时触发器运行' } };
  return { ok: true, data: await runJobs(cloudDeps(cloud)) };
}
