import Taro from '@tarojs/taro';
import { saveSubscriptions } from '../../services/messages';
import { acceptedTemplates } from './subscribe-answer';

/**
 * WeChat only: ask (inside the tap that sends the letter, as WeChat requires) whether the citizen
 * wants a service notice when the letter's status changes, and tell the BFF which templates were
 * accepted. H5 has no subscribe messages: the message centre is enough. Never blocks the letter.
 */
export async function askLetterSubscription(): Promise<boolean> {
  if (process.env.TARO_ENV !== 'weapp') return false;
  const ids = typeof PORTAL_LETTER_TEMPLATE_IDS !== 'undefined' ? PORTAL_LETTER_TEMPLATE_IDS : [];
  if (!ids.length) return false;
  try {
    const answer = (await Taro.requestSubscribeMessage({ tmplIds: [...ids], entityIds: [] } as Taro.requestSubscribeMessage.Option)) as unknown as Record<string, unknown>;
    const accepted = acceptedTemplates(answer, ids);
    if (!accepted.length) return false;
    // The BFF keeps only a hash of the openid; a fresh wx.login code lets it find the openid to send to.
    const { code } = await Taro.login();
    await saveSubscriptions({ templateIds: accepted, ...(code ? { code } : {}) });
    return true;
  } catch {
    return false;
  }
}
