import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../users/user.entity';
import { VaccinationSlotEntity } from './vaccination-slot.entity';

/** A vaccination appointment a citizen booked, for themselves or a family member. */
@Entity({ name: 'appointments' })
@Index('idx_appointments_user', ['userId'])
@Index('idx_appointments_slot', ['slotId'])
export class AppointmentEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'user_id', type: 'varchar', length: 36 })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_appointments_user' })
  user?: UserEntity;

  @Column({ name: 'slot_id', type: 'varchar', length: 36 })
  slotId: string;

  @ManyToOne(() => VaccinationSlotEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'slot_id', foreignKeyConstraintName: 'fk_appointments_slot' })
  slot?: VaccinationSlotEntity;

  /** `self` or a family member's id. */
  @Column({ type: 'varchar', length: 36 })
  person: string;

  @Column({ name: 'vaccine_code', type: 'varchar', length: 20 })
  vaccineCode: string;

  @Column({ type: 'varchar', length: 20 })
  reference: string;

  @Column({ type: 'varchar', length: 10 })
  status: 'booked' | 'cancelled';

  @Column({ name: 'created_at', type: 'datetime', precision: null, default: () => 'CURRENT_TIMESTAMP' })
  createdAt: Date;
}
