// Opening the app in a compound from a share card (`?compound=<id>` in the page's query), a
// mini-program code (`scene=c=<id>`, src/domain/joining.ts) or, in the browser, the address
// (`?compound=<id>` before or after the `#` route). The named compound becomes the current one
// before any screen calls the back end; someone who does not belong there yet is taken to its
// welcome screen (packages/people/join), which leads into the claim flow.
import Taro from '@tarojs/taro';
import { call, isApiError } from './api';
import { currentCompound, setCurrentCompound } from './compound';
import { compoundFromLaunch, queryOfAddress } from '../domain/joining';
import { JOIN_PAGE } from '../routes';

interface LaunchLike {
  path?: string;
  query?: Record<string, unknown>;
}

/** Switches to the compound a launch names; true when it named one. Exported for the page tests. */
export function enterCompound(launch: LaunchLike | undefined): boolean {
  const id = compoundFromLaunch(launch?.query);
  if (!id) return false;
  setCurrentCompound(id);
  // The welcome page reads its own query; any other page: lead a newcomer to the welcome.
  if ((launch?.path ?? '').replace(/^\/+/, '').split('?')[0] === JOIN_PAGE) return true;
  void call('compounds.about')
    .then((about) => {
      if (!about.member) void Taro.navigateTo({ url: `/${JOIN_PAGE}?compound=${id}` });
    })
    .catch((error: unknown) => {
      // Not signed in (the browser demo): the sign-in comes first, and the app is in the compound already.
      if (isApiError(error) && error.status === 401) return;
      void Taro.navigateTo({ url: `/${JOIN_PAGE}?compound=${id}` });
    });
  return true;
}

/** Called once at launch, before the groups are watched (a group's card must land in its own compound). */
export function watchCompoundEntry(): void {
  // if/else, not an early return: the bundler drops the other platform's branch and what it imports.
  if (process.env.TARO_ENV === 'weapp') {
    enterCompound(Taro.getLaunchOptionsSync() as LaunchLike);
    // A card tapped while the app runs in the background (a warm start). WeChat also reports the
    // cold start's own show, whose compound is current by now: nothing to do then.
    Taro.onAppShow((o) => {
      const launch = o as LaunchLike;
      const id = compoundFromLaunch(launch.query);
      if (id && id !== currentCompound()) enterCompound(launch);
    });
  } else if (typeof window !== 'undefined') {
    const { search, hash } = window.location;
    const path = hash.replace(/^#\/?/, '').split('?')[0];
    // Forget a `?compound=` before the route, or a reload would switch back after the person chose another.
    if (enterCompound({ path, query: queryOfAddress(search, hash) }) && search) window.history.replaceState(window.history.state, '', `${window.location.pathname}${hash}`);
  }
}
