import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { UpstreamAuditService } from '../../upstream-audit/upstream-audit.service';
import { DialectReader } from '../../upstream/dialect';
import { UpstreamHttpClient } from '../../upstream/upstream-http.client';

export interface SubscribeMessage {
  touser: string;
  templateId: string;
  /** Mini-program page, no leading slash, e.g. `packages/letters/detail?trackingNo=…`. */
  page: string;
  data: Record<string, string>;
}

export type SendResult = { sent: true; msgid: string } | { sent: false; errcode: number; errmsg: string };

/** Refresh a cached token this long before WeChat says it expires. */
const EXPIRY_MARGIN_MS = 5 * 60 * 1000;
const TOKEN_ERRORS = new Set([40001, 42001]);

/**
 * WeChat's server API for subscribe messages: `cgi-bin/token` (app id + secret → an access token,
 * cached until shortly before it expires and shared by concurrent senders) and
 * `cgi-bin/message/subscribe/send` (refetching the token once on 40001/42001). The real paths and
 * answers, so real WeChat is a configuration change. Its own client and circuit: a subscribe
 * outage never blocks WeChat sign-in. WeChat's refusals (43101 …) are answers, not failures.
 */
@Injectable()
export class WechatSubscribeClient {
  private readonly read = new DialectReader('wechat');
  private readonly http: UpstreamHttpClient;
  private token: { value: string; expiresAt: number } | null = null;
  private fetching: Promise<string> | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    audit: UpstreamAuditService,
  ) {
    this.http = new UpstreamHttpClient('wechat', config.upstream, (failure, requestId) => audit.record(failure, requestId), {
      baseUrl: config.auth.wechat.baseUrl,
      signed: false,
    });
  }

  async send(message: SubscribeMessage, requestId?: string): Promise<SendResult> {
    const first = await this.sendWith(await this.accessToken(requestId), message, requestId);
    if (first.sent || !TOKEN_ERRORS.has(first.errcode)) return first;
    this.token = null;
    return this.sendWith(await this.accessToken(requestId), message, requestId);
  }

  private sendWith(token: string, message: SubscribeMessage, requestId?: string): Promise<SendResult> {
    const body = {
      touser: message.touser,
      template_id: message.templateId,
      page: message.page,
      miniprogram_state: this.config.env === 'production' ? 'formal' : 'developer',
      lang: 'zh_CN',
      data: Object.fromEntries(Object.entries(message.data).map(([key, value]) => [key, { value }])),
    };
    return this.http.post(
      `/cgi-bin/message/subscribe/send?access_token=${encodeURIComponent(token)}`,
      body,
      (response) => {
        const answer = this.read.object(this.read.json(response), 'body');
        const errcode = answer.errcode === undefined ? 0 : this.read.number(answer.errcode, 'errcode');
        if (errcode === -1) throw this.read.malformed('system busy (-1)');
        if (errcode !== 0) return { sent: false as const, errcode, errmsg: typeof answer.errmsg === 'string' ? answer.errmsg.slice(0, 120) : '' };
        // msgid may exceed 2^53 at WeChat: kept as the digits it sent, as far as JSON.parse kept them.
        return { sent: true as const, msgid: String(answer.msgid ?? '') };
      },
      requestId,
    );
  }

  /** The cached token, or one fetch shared by everyone asking at the same time. */
  private accessToken(requestId?: string): Promise<string> {
    if (this.token && this.token.expiresAt > Date.now()) return Promise.resolve(this.token.value);
    this.fetching ??= this.fetchToken(requestId).finally(() => {
      this.fetching = null;
    });
    return this.fetching;
  }

  private async fetchToken(requestId?: string): Promise<string> {
    const { appId, appSecret } = this.config.auth.wechat;
    const query = new URLSearchParams({ grant_type: 'client_credential', appid: appId, secret: appSecret });
    const token = await this.http.get(
      `/cgi-bin/token?${query.toString()}`,
      (response) => {
        const body = this.read.object(this.read.json(response), 'body');
        const errcode = body.errcode === undefined ? 0 : this.read.number(body.errcode, 'errcode');
        if (errcode !== 0) throw this.read.malformed(`token errcode ${errcode}`);
        return { value: this.read.string(body.access_token, 'access_token'), expiresIn: this.read.number(body.expires_in, 'expires_in') };
      },
      requestId,
    );
    this.token = { value: token.value, expiresAt: Date.now() + Math.max(0, token.expiresIn * 1000 - EXPIRY_MARGIN_MS) };
    return token.value;
  }
}
