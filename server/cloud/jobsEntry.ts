// The `jobs` function's logic without wx-server-sdk: only the timer trigger may run it. Anyone
// else (a phone that learned the function's name, another function) is refused and logged, so a
// probe shows up in the function's logs instead of vanishing.
import type { Deps } from '../app/context';
import { runJobs } from '../app/jobs/runJobs';
import { upgradeIfNeeded } from '../app/tenancy/helpers/upgradeOnStart';
import { CLOUD_LIMITS } from './limits';
import type { WxContext } from './entry';

export function makeJobsHandler(options: { deps: () => Deps; context: () => WxContext & { ENV?: string } }) {
  return async function main() {
    const { SOURCE, OPENID } = options.context();
    if (SOURCE !== 'wx_trigger') {
      console.warn(`[jobs] refused a run from SOURCE=${SOURCE ?? '(none)'}${OPENID ? ` OPENID=${OPENID.slice(0, 6)}…` : ''}: only the timer trigger may run the jobs`);
      return { ok: false, error: { code: 'forbidden', message: '只能由定时触发器运行' } };
    }
    const deps = options.deps();
    // A database made before compounds moves into one compound first, chunk by chunk under the
    // function's timeout (a margin left for the reply); the timed work waits until it is done.
    const upgrade = await upgradeIfNeeded(deps.store, deps.clock.now(), process.env, CLOUD_LIMITS.jobsTimeoutMs - 10_000);
    if (upgrade && !upgrade.done) return { ok: true, data: { upgrade } };
    return { ok: true, data: { ...(await runJobs(deps)), ...(upgrade ? { upgrade } : {}) } };
  };
}
