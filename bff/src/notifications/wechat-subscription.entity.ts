import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../users/user.entity';

/**
 * WeChat one-time subscribe messages: each time the citizen accepts a template in
 * wx.requestSubscribeMessage we may send them ONE message of it, so we keep a count of credits.
 * The openid (needed to send) is kept encrypted; sign-in keeps only its hash.
 */
@Entity({ name: 'wechat_subscriptions' })
@Index('uq_wechat_subscriptions_template', ['userId', 'templateId'], { unique: true })
export class WechatSubscriptionEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'user_id', type: 'varchar', length: 36 })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_wechat_subscriptions_user' })
  user?: UserEntity;

  @Column({ name: 'template_id', type: 'varchar', length: 64 })
  templateId: string;

  @Column({ type: 'integer', default: 0 })
  remaining: number;

  @Column({ name: 'openid_enc', type: 'varchar', length: 255 })
  openidEnc: string;

  @Column({ name: 'updated_at', type: 'datetime', precision: null, default: () => 'CURRENT_TIMESTAMP' })
  updatedAt: Date;
}
