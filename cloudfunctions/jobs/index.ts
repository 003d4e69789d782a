// Cloud function `jobs`: the timer (config.json, every ten minutes) runs the timed work: recurring tasks,
// auto-closing, follow-ups, SLA alerts, vote reminders, message retries. Only the timer may run it.
import cloud from 'wx-server-sdk';
import { cloudDeps } from '../../server/cloud/deps';
import { makeJobsHandler } from '../../server/cloud/jobsEntry';

// DYNAMIC_CURRENT_ENV: the environment the function is deployed in (typed as a symbol).
cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string });

export const main = makeJobsHandler({ deps: () => cloudDeps(cloud), context: () => cloud.getWXContext() });
