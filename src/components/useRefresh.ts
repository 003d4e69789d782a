// Pages with counts (places left, votes waiting, reports to accept) stay current: reloaded when the
// screen comes back into view and on a pull-down. The page's config must say
// `enablePullDownRefresh: true` (https://developers.weixin.qq.com/miniprogram/en/dev/api/ui/pull-down-refresh/wx.stopPullDownRefresh.html;
// H5 too: https://docs.taro.zone/docs/apis/ui/pull-down-refresh/stopPullDownRefresh). The spinner stops when the reload settles.
import Taro from '@tarojs/taro';
import { useReloadOnShow } from './useAction';

export function useRefresh(reload: () => unknown): void {
  useReloadOnShow(reload);
  Taro.usePullDownRefresh(() => {
    void Promise.resolve()
      .then(reload)
      .catch(() => undefined)
      .finally(() => Taro.stopPullDownRefresh());
  });
}
