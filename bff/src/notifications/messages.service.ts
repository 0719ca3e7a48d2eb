import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { InboxMessage, MessagesResponse, SubscribeRequest } from '@portal/shared';
import { IsNull, type Repository } from 'typeorm';
import { WechatClient } from '../auth/clients/wechat.client';
import { AppException } from '../common/app-exception';
import { isUniqueViolation } from '../database/unique-violation';
import { PersonalDataCipher } from '../personal-data/personal-data.cipher';
import { UserEntity } from '../users/user.entity';
import { chinaIso } from '../consultations/china-time';
import { InboxMessageEntity } from './inbox-message.entity';
import { MAX_SUBSCRIPTION_CREDITS } from './subscribe-templates';
import { WechatSubscriptionEntity } from './wechat-subscription.entity';

const LISTED = 100;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The citizen's message centre and their WeChat subscribe-message credits. Only ever their own. */
@Injectable()
export class MessagesService {
  constructor(
    @InjectRepository(InboxMessageEntity) private readonly messages: Repository<InboxMessageEntity>,
    @InjectRepository(WechatSubscriptionEntity) private readonly subscriptions: Repository<WechatSubscriptionEntity>,
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly cipher: PersonalDataCipher,
    private readonly wechat: WechatClient,
  ) {}

  async list(userId: string): Promise<MessagesResponse> {
    const [rows, unread] = await Promise.all([
      this.messages.find({ where: { userId }, order: { createdAt: 'DESC', id: 'DESC' }, take: LISTED }),
      this.messages.countBy({ userId, readAt: IsNull() }),
    ]);
    return { messages: rows.map((r) => this.toMessage(r)), unread };
  }

  /** Marking again is harmless; another citizen's message is "not found", like one that never was. */
  async markRead(userId: string, id: string): Promise<void> {
    const row = UUID.test(id) ? await this.messages.findOneBy({ id, userId }) : null;
    if (!row) throw AppException.notFound('NOT_FOUND', 'There is no message of yours with this id.');
    if (row.readAt === null) await this.messages.update({ id, userId, readAt: IsNull() }, { readAt: new Date(Math.floor(Date.now() / 1000) * 1000) });
  }

  /** One credit per template the citizen just accepted in wx.requestSubscribeMessage. */
  async subscribe(userId: string, request: SubscribeRequest, requestId?: string): Promise<void> {
    const user = await this.users.findOneBy({ id: userId });
    if (!user) throw AppException.unauthorized('SESSION_EXPIRED');
    if (!user.wechatHash) {
      throw new AppException(409, 'WECHAT_NOT_SIGNED_IN', 'Subscribe messages reach you in WeChat: please sign in with WeChat in the mini-program first.');
    }
    let openidEnc: string;
    if (request.code !== undefined) {
      const { openid } = await this.wechat.exchangeCode(request.code, requestId);
      if (this.cipher.lookupHash('wechat', openid) !== user.wechatHash) {
        throw new AppException(403, 'FORBIDDEN', 'This WeChat account is not the one you signed in with.');
      }
      openidEnc = this.cipher.encrypt(openid);
    } else {
      const known = await this.subscriptions.findOne({ where: { userId }, order: { updatedAt: 'DESC' } });
      if (!known) throw AppException.field('code', 'required', 'Send a fresh wx.login code with your first subscription, so WeChat can deliver the messages.');
      openidEnc = known.openidEnc;
    }
    const now = new Date(Math.floor(Date.now() / 1000) * 1000);
    for (const templateId of new Set(request.templateIds)) {
      // Add a credit to the row if there is one; else make it (a concurrent twin's insert wins, then add).
      if (await this.addCredit(userId, templateId, openidEnc, now)) continue;
      try {
        await this.subscriptions.insert({ id: randomUUID(), userId, templateId, remaining: 1, openidEnc, updatedAt: now });
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        await this.addCredit(userId, templateId, openidEnc, now);
      }
    }
  }

  private async addCredit(userId: string, templateId: string, openidEnc: string, now: Date): Promise<boolean> {
    const result = await this.subscriptions
      .createQueryBuilder()
      .update(WechatSubscriptionEntity)
      .set({ remaining: () => `CASE WHEN remaining < ${MAX_SUBSCRIPTION_CREDITS} THEN remaining + 1 ELSE remaining END`, openidEnc, updatedAt: now })
      .where('user_id = :userId AND template_id = :templateId', { userId, templateId })
      .execute();
    return (result.affected ?? 0) > 0;
  }

  private toMessage(r: InboxMessageEntity): InboxMessage {
    return { id: r.id, at: chinaIso(r.createdAt), title: r.title, body: r.body, trackingNo: r.trackingNo, read: r.readAt !== null };
  }
}
