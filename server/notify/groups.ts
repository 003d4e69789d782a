// Resolving the WeChat group a card was opened from. In WeChat, getGroupEnterInfo gives the
// mini-program a cloudID; only a cloud function can turn it into the group's opengid, with
// cloud.getOpenData, and WeChat binds the cloudID to the user who got it, so a caller cannot
// claim another person's group. Locally there is no WeChat: the host simulates a group named by
// the page (`?group=<name>` in demo mode) and the opengid is `local-<name>`.
import type { GroupResolver } from '../app/context';

const SIMULATED = /^[A-Za-z0-9_-]{1,32}$/;

export function localGroups(): GroupResolver {
  return {
    async resolve(proof) {
      return proof.simulated && SIMULATED.test(proof.simulated) ? `local-${proof.simulated}` : null;
    },
  };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function cloudGroups(cloud: any): GroupResolver {
  return {
    async resolve(proof) {
      if (!proof.cloudId) return null;
      try {
        const res = await cloud.getOpenData({ list: [proof.cloudId] });
        const data = res?.list?.[0]?.data as { opengid?: unknown } | undefined;
        return typeof data?.opengid === 'string' && data.opengid ? data.opengid : null;
      } catch (error) {
        console.error('[groups] getOpenData', (error as { errCode?: number }).errCode, (error as Error).message);
        return null;
      }
    },
  };
}
