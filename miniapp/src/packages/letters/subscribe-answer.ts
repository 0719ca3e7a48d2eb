import type { SubscribeRequest } from '@portal/shared';

/** The template ids accepted in a wx.requestSubscribeMessage answer (`{ [id]: 'accept' | 'reject' | 'ban' }`). */
export function acceptedTemplates(answer: Record<string, unknown> | undefined, asked: readonly string[]): string[] {
  if (!answer) return [];
  return asked.filter((id) => answer[id] === 'accept');
}

/**
 * The POST /me/subscriptions body: the accepted templates and the fresh wx.login code (the BFF keeps
 * only a hash of the openid and needs the code to learn it the first time). Nothing to send when no
 * template was accepted; without a code (wx.login failed) the BFF may still know the openid from before.
 */
export function subscriptionRequest(accepted: readonly string[], code: string | undefined): SubscribeRequest | undefined {
  if (!accepted.length) return undefined;
  const fresh = typeof code === 'string' ? code.trim() : '';
  return { templateIds: [...accepted], ...(fresh ? { code: fresh } : {}) };
}
