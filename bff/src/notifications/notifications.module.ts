import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../auth/auth.module';
import { WechatClient } from '../auth/clients/wechat.client';
import { UserEntity } from '../users/user.entity';
import { WechatSubscribeClient } from './clients/wechat-subscribe.client';
import { InboxMessageEntity } from './inbox-message.entity';
import { LetterNotifier } from './letter-notifier';
import { MessagesController } from './messages.controller';
import { MessagesService } from './messages.service';
import { WechatSubscriptionEntity } from './wechat-subscription.entity';

/** The message centre and WeChat subscribe messages; LetterNotifier is what the letters workflow calls. */
@Module({
  imports: [TypeOrmModule.forFeature([InboxMessageEntity, WechatSubscriptionEntity, UserEntity]), AuthModule],
  controllers: [MessagesController],
  // WechatClient (jscode2session) again here: a subscription's wx.login code gives the openid to send to.
  providers: [MessagesService, LetterNotifier, WechatSubscribeClient, WechatClient],
  exports: [LetterNotifier],
})
export class NotificationsModule {}
