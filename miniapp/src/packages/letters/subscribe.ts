import Taro from '@tarojs/taro';
import { saveSubscriptions } from '../../services/messages';
import { acceptedTemplates, subscriptionRequest } from './subscribe-answer';

/** A fresh wx.login code of the WeChat account in use, or undefined when WeChat refuses one. */
async function freshLoginCode(): Promise<string | undefined> {
  try {
    const { code } = await Taro.login();
    return code;
  } catch {
    return undefined;
  }
}

/**
 * WeChat only: ask (inside the tap that sends the letter, as WeChat requires) whether the citizen
 * wants a service notice when the letter's status changes, and tell the BFF which templates were
 * accepted, with a fresh Taro.login() code: the BFF keeps only a hash of the openid from sign-in and
 * needs the code (of the same WeChat account) to find the openid it sends to. H5 has no subscribe
 * messages and skips all of this: the message centre is enough. Never blocks the letter.
 */
export async function askLetterSubscription(): Promise<boolean> {
  if (process.env.TARO_ENV !== 'weapp') return false;
  const ids = typeof PORTAL_LETTER_TEMPLATE_IDS !== 'undefined' ? PORTAL_LETTER_TEMPLATE_IDS : [];
  if (!ids.length) return false;
  try {
    const answer = (await Taro.requestSubscribeMessage({ tmplIds: [...ids], entityIds: [] } as Taro.requestSubscribeMessage.Option)) as unknown as Record<string, unknown>;
    const accepted = acceptedTemplates(answer, ids);
    if (!accepted.length) return false;
    const request = subscriptionRequest(accepted, await freshLoginCode());
    if (!request) return false;
    await saveSubscriptions(request);
    return true;
  } catch {
    return false;
  }
}
