import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One bookable period at a clinic on a date, with the capacity the city publishes and how many the
 * BFF has booked. `booked <= capacity` is kept by a conditional UPDATE, so no slot is ever overbooked,
 * whatever the number of BFF instances or concurrent requests.
 */
@Entity({ name: 'vaccination_slots' })
@Index('uq_vaccination_slot', ['city', 'clinicId', 'date', 'period'], { unique: true })
export class VaccinationSlotEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 20 })
  city: string;

  @Column({ name: 'clinic_id', type: 'varchar', length: 40 })
  clinicId: string;

  /** `YYYY-MM-DD` */
  @Column({ type: 'varchar', length: 10 })
  date: string;

  /** `HH:mm-HH:mm` */
  @Column({ type: 'varchar', length: 11 })
  period: string;

  @Column({ type: 'integer' })
  capacity: number;

  @Column({ type: 'integer', default: 0 })
  booked: number;
}
