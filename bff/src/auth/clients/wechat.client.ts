import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { AppException } from '../../common/app-exception';
import { DialectReader } from '../../upstream/dialect';
import { UpstreamRegistry } from '../../upstream/upstream-registry';

/**
 * WeChat's `sns/jscode2session`: the mini-program's one-time code from wx.login becomes an openid.
 * The real endpoint's path and answers, so real WeChat is a configuration change. The session_key
 * it returns is never kept or sent anywhere.
 */
@Injectable()
export class WechatClient {
  readonly service = 'wechat' as const;
  private readonly read = new DialectReader(this.service);

  constructor(
    private readonly registry: UpstreamRegistry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  exchangeCode(code: string, requestId?: string): Promise<{ openid: string }> {
    const { appId, appSecret } = this.config.auth.wechat;
    const query = new URLSearchParams({ appid: appId, secret: appSecret, js_code: code, grant_type: 'authorization_code' });
    return this.registry.client(this.service).get(
      `/sns/jscode2session?${query.toString()}`,
      (response) => {
        const body = this.read.object(this.read.json(response), 'body');
        const errcode = body.errcode === undefined ? 0 : this.read.number(body.errcode, 'errcode');
        if (errcode === 40029 || errcode === 40163 || errcode === 41008) {
          throw new AppException(400, 'WECHAT_CODE_INVALID', 'WeChat did not accept this sign-in. Please try again.');
        }
        if (errcode === -1) throw this.read.malformed('system busy (-1)');
        if (errcode !== 0) throw this.read.malformed(`errcode ${errcode}`);
        return { openid: this.read.string(body.openid, 'openid') };
      },
      requestId,
    );
  }
}
