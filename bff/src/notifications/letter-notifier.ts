import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { LETTER_RULES, LETTER_STATUS_LABELS, findCity, myLetterPage, type CityId, type LetterStatus } from '@portal/shared';
import type { Repository } from 'typeorm';
import { PersonalDataCipher } from '../personal-data/personal-data.cipher';
import { UserEntity } from '../users/user.entity';
import { WechatSubscribeClient } from './clients/wechat-subscribe.client';
import { InboxMessageEntity, type WechatDeliveryStatus } from './inbox-message.entity';
import { LETTER_STATUS_TEMPLATE, wechatValue } from './subscribe-templates';
import { WechatSubscriptionEntity } from './wechat-subscription.entity';

export interface LetterStatusChange {
  citizenId: string;
  trackingNo: string;
  city: CityId;
  status: LetterStatus;
  /** What the writer is told with it (a decline's or transfer's reason), or null. */
  note: string | null;
  at: Date;
  /** The letter's title, for the WeChat message (cut to 20 characters); the city's name otherwise. */
  title?: string;
}

export interface NotificationOutcome {
  /** The in-app message's id; null only if even that could not be written (logged). */
  messageId: string | null;
  wechat: WechatDeliveryStatus | null;
}

/** Short status words for WeChat's `phrase` (at most 5 Chinese characters). */
const STATUS_PHRASE: Record<LetterStatus, string> = {
  received: '已收到',
  accepted: '已受理',
  declined: '不予受理',
  merged: '已合并',
  answered: '已答复',
  reexamining: '复查中',
  closed: '已办结',
};

/** What happens next, in plain words: in the message centre, and shortened for WeChat (20 characters). */
const NEXT_STEPS: Record<LetterStatus, { long: string; short: string }> = {
  received: { long: `部门将在${LETTER_RULES.acceptWithinWorkingDays}个工作日内告知是否受理。`, short: `${LETTER_RULES.acceptWithinWorkingDays}个工作日内告知是否受理` },
  accepted: {
    long: `部门将在受理之日起${LETTER_RULES.answerWithinWorkingDays}个工作日内书面答复；情况复杂的可延长一次，最多${LETTER_RULES.maxExtensionWorkingDays}个工作日，并会告知理由。`,
    short: `${LETTER_RULES.answerWithinWorkingDays}个工作日内答复`,
  },
  declined: { long: '不予受理的理由见上。如有新的情况或材料，可以重新写信。', short: '理由请在小程序中查看' },
  merged: { long: '您反映的事项已与同一事项合并办理，请关注合并后的办理进度。', short: '请关注合并后的办理进度' },
  answered: {
    long: `请在“我的留言”中查看答复并评价；如不满意，可在${LETTER_RULES.reexaminationRequestWithinWorkingDays}个工作日内申请一次复查。`,
    short: '请查看答复并评价',
  },
  reexamining: { long: `将在${LETTER_RULES.reexaminationAnswerWithinWorkingDays}个工作日内作出复查意见。`, short: `${LETTER_RULES.reexaminationAnswerWithinWorkingDays}个工作日内答复复查` },
  closed: { long: '本件已办结，感谢您的参与。', short: '本件已办结，感谢参与' },
};

const NOTE_MAX = 500;

/**
 * Tells a letter's writer that its status changed: always a message in the in-app message centre,
 * and a WeChat subscribe message when they signed in with WeChat and hold a credit for the
 * letter-status template (each acceptance allows one message). Never fails the caller: WeChat's
 * refusal (43101) or an outage is logged and recorded on the message, and the message still lands.
 */
@Injectable()
export class LetterNotifier {
  private readonly logger = new Logger(LetterNotifier.name);

  constructor(
    @InjectRepository(InboxMessageEntity) private readonly messages: Repository<InboxMessageEntity>,
    @InjectRepository(WechatSubscriptionEntity) private readonly subscriptions: Repository<WechatSubscriptionEntity>,
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly cipher: PersonalDataCipher,
    private readonly wechat: WechatSubscribeClient,
  ) {}

  /** Resolves once the message is stored and the WeChat copy sent or given up; never rejects. */
  async statusChanged(change: LetterStatusChange, requestId?: string): Promise<NotificationOutcome> {
    let messageId: string;
    try {
      messageId = await this.writeMessage(change);
    } catch (error) {
      this.logger.error({ err: error, requestId, trackingNo: change.trackingNo, status: change.status }, 'Could not write the in-app message');
      return { messageId: null, wechat: null };
    }
    let wechat: { status: WechatDeliveryStatus; detail: string | null };
    try {
      wechat = await this.sendWechat(change, requestId);
    } catch (error) {
      this.logger.warn({ err: error, requestId, trackingNo: change.trackingNo }, 'WeChat subscribe message failed');
      wechat = { status: 'failed', detail: error instanceof Error ? error.message.slice(0, 200) : 'unknown error' };
    }
    try {
      await this.messages.update({ id: messageId }, { wechatStatus: wechat.status, wechatDetail: wechat.detail });
    } catch (error) {
      this.logger.error({ err: error, requestId, messageId }, 'Could not record the WeChat delivery');
    }
    return { messageId, wechat: wechat.status };
  }

  private async writeMessage(change: LetterStatusChange): Promise<string> {
    const label = LETTER_STATUS_LABELS[change.status].zh;
    const note = change.note?.trim() ? `说明：${[...change.note.trim()].slice(0, NOTE_MAX).join('')}\n` : '';
    const id = randomUUID();
    await this.messages.insert({
      id,
      userId: change.citizenId,
      title: `留言办理进度：${label}`,
      body: `您的留言（编号 ${change.trackingNo}）现在的状态是“${label}”。\n${note}${NEXT_STEPS[change.status].long}`,
      trackingNo: change.trackingNo,
      readAt: null,
      createdAt: new Date(Math.floor(change.at.getTime() / 1000) * 1000),
      wechatStatus: null,
      wechatDetail: null,
    });
    return id;
  }

  private async sendWechat(change: LetterStatusChange, requestId?: string): Promise<{ status: WechatDeliveryStatus; detail: string | null }> {
    const user = await this.users.findOneBy({ id: change.citizenId });
    if (!user?.wechatHash) return { status: 'not-wechat', detail: null };
    const subscription = await this.subscriptions.findOneBy({ userId: user.id, templateId: LETTER_STATUS_TEMPLATE.id });
    if (!subscription || !(await this.takeCredit(subscription.id))) return { status: 'not-subscribed', detail: null };
    const openid = this.cipher.decrypt(subscription.openidEnc);
    if (this.cipher.lookupHash('wechat', openid) !== user.wechatHash) {
      // Signed in with another WeChat account since subscribing: not theirs to receive.
      await this.giveCreditBack(subscription.id);
      return { status: 'not-subscribed', detail: 'openid no longer the citizen’s' };
    }
    const title = change.title?.trim() || `${findCity(change.city)?.name.zh ?? ''}留言`;
    let result;
    try {
      result = await this.wechat.send(
        {
          touser: openid,
          templateId: LETTER_STATUS_TEMPLATE.id,
          page: myLetterPage(change.trackingNo),
          data: {
            character_string1: wechatValue.characterString(change.trackingNo),
            thing2: wechatValue.thing(title),
            phrase3: wechatValue.phrase(STATUS_PHRASE[change.status]),
            time4: wechatValue.time(change.at),
            thing5: wechatValue.thing(NEXT_STEPS[change.status].short),
          },
        },
        requestId,
      );
    } catch (error) {
      // Not delivered: the acceptance was not used up.
      await this.giveCreditBack(subscription.id);
      throw error;
    }
    if (result.sent) return { status: 'sent', detail: `msgid ${result.msgid}` };
    if (result.errcode === 43101) {
      // The citizen no longer accepts this template: what we counted is void.
      await this.subscriptions.update({ id: subscription.id }, { remaining: 0 });
      this.logger.log({ requestId, trackingNo: change.trackingNo }, 'WeChat: the citizen refused subscribe messages (43101)');
      return { status: 'refused', detail: `errcode 43101 ${result.errmsg}` };
    }
    await this.giveCreditBack(subscription.id);
    this.logger.warn({ requestId, trackingNo: change.trackingNo, errcode: result.errcode, errmsg: result.errmsg }, 'WeChat refused the subscribe message');
    return { status: 'failed', detail: `errcode ${result.errcode} ${result.errmsg}`.slice(0, 200) };
  }

  /** One credit, taken atomically: concurrent notices never spend the same acceptance twice. */
  private async takeCredit(subscriptionId: string): Promise<boolean> {
    const result = await this.subscriptions
      .createQueryBuilder()
      .update(WechatSubscriptionEntity)
      .set({ remaining: () => 'remaining - 1' })
      .where('id = :id AND remaining > 0', { id: subscriptionId })
      .execute();
    return (result.affected ?? 0) > 0;
  }

  private async giveCreditBack(subscriptionId: string): Promise<void> {
    await this.subscriptions
      .createQueryBuilder()
      .update(WechatSubscriptionEntity)
      .set({ remaining: () => 'remaining + 1' })
      .where('id = :id', { id: subscriptionId })
      .execute();
  }
}
