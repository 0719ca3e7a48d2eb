import { describe, expect, it } from '@jest/globals';
import { acceptedTemplates, subscriptionRequest } from './subscribe-answer';

describe('WeChat subscribe messages', () => {
  it('sends the accepted templates with the fresh wx.login code', () => {
    const accepted = acceptedTemplates({ t1: 'accept', t2: 'reject', errMsg: 'requestSubscribeMessage:ok' }, ['t1', 't2']);
    expect(subscriptionRequest(accepted, '0a1B2c')).toEqual({ templateIds: ['t1'], code: '0a1B2c' });
  });

  it('sends nothing when no template was accepted, whatever the code', () => {
    expect(subscriptionRequest([], 'code')).toBeUndefined();
    expect(subscriptionRequest(acceptedTemplates({ t1: 'ban' }, ['t1']), 'code')).toBeUndefined();
  });

  it('leaves the code out when wx.login gave none (the BFF may know the openid already)', () => {
    expect(subscriptionRequest(['t1', 't2'], undefined)).toEqual({ templateIds: ['t1', 't2'] });
    expect(subscriptionRequest(['t1'], '  ')).toEqual({ templateIds: ['t1'] });
  });
});
