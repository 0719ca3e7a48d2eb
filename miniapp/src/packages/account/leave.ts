import Taro from '@tarojs/taro';
import { ROUTES } from '../../routes';

/** Back to where the person came from, or to 我的 when this page was opened directly. */
export function leaveToPrevious(): void {
  if (Taro.getCurrentPages().length > 1) void Taro.navigateBack();
  else void Taro.switchTab({ url: ROUTES.me });
}
