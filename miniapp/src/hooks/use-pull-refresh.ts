import Taro, { usePullDownRefresh } from '@tarojs/taro';

/** Pull to refresh (page config `enablePullDownRefresh: true`): reload, then close the spinner. */
export function usePullRefresh(reload: () => Promise<unknown>): void {
  usePullDownRefresh(() => {
    void reload().finally(() => {
      void Taro.stopPullDownRefresh();
    });
  });
}
