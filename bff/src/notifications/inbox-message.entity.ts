import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../users/user.entity';

export const WECHAT_DELIVERY_STATUSES = ['sent', 'not-subscribed', 'not-wechat', 'refused', 'failed'] as const;
export type WechatDeliveryStatus = (typeof WECHAT_DELIVERY_STATUSES)[number];

/** The in-app message centre: one row per notice; what became of its WeChat copy is recorded with it. */
@Entity({ name: 'inbox_messages' })
@Index('idx_inbox_messages_citizen', ['userId', 'createdAt'])
export class InboxMessageEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'user_id', type: 'varchar', length: 36 })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_inbox_messages_user' })
  user?: UserEntity;

  @Column({ type: 'varchar', length: 100 })
  title: string;

  @Column({ type: 'varchar', length: 1000 })
  body: string;

  @Column({ name: 'tracking_no', type: 'varchar', length: 20, nullable: true })
  trackingNo: string | null;

  @Column({ name: 'read_at', type: 'datetime', precision: null, nullable: true })
  readAt: Date | null;

  @Column({ name: 'created_at', type: 'datetime', precision: null, default: () => 'CURRENT_TIMESTAMP' })
  createdAt: Date;

  /** null: no WeChat copy was attempted (not a letter-status notice). */
  @Column({ name: 'wechat_status', type: 'varchar', length: 20, nullable: true })
  wechatStatus: WechatDeliveryStatus | null;

  /** WeChat's msgid, or why it was not sent (errcode, network), never a personal detail. */
  @Column({ name: 'wechat_detail', type: 'varchar', length: 200, nullable: true })
  wechatDetail: string | null;
}
