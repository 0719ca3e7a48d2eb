import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { startBff, startMock, testEnv, type MockProcess, type TestBff } from '../testing/harness';
import { UserEntity } from '../users/user.entity';
import { BookingsRepository } from './bookings.repository';

/** On SQLite locally, on MariaDB in CI (DATABASE_URL): the same guarantee. */
describe('no vaccination slot is ever overbooked', () => {
  let mock: MockProcess;
  let bff: TestBff;
  let bookings: BookingsRepository;
  let userId: string;

  beforeAll(async () => {
    mock = await startMock();
    bff = await startBff(testEnv(mock.url));
    bookings = bff.app.get(BookingsRepository);
    userId = randomUUID();
    await bff.app.get(DataSource).getRepository(UserEntity).insert({ id: userId });
  });

  afterAll(async () => {
    await bff?.close();
    await mock?.stop();
  });

  it('lets exactly 20 of 200 simultaneous bookings for 20 places through; the rest are told it is fully booked', async () => {
    const slot = await bookings.ensureSlot({ city: 'shanghai', clinicId: `SHJZ-${randomUUID().slice(0, 8)}`, date: '2026-03-03', period: '08:30-09:30' }, 20);
    const outcomes = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        bookings.book(slot.id, { id: randomUUID(), userId, person: `member-${i}`, vaccineCode: 'Flu', reference: `VX${String(i).padStart(6, '0')}` }),
      ),
    );
    expect(outcomes.filter((o) => o === 'booked')).toHaveLength(20);
    expect(outcomes.filter((o) => o === 'full')).toHaveLength(180);
    const [row] = await bff.app.get(DataSource).query('SELECT booked, capacity FROM vaccination_slots WHERE id = ?', [slot.id]);
    expect(Number(row.booked)).toBe(20);
    const [count] = await bff.app.get(DataSource).query("SELECT COUNT(*) AS n FROM appointments WHERE slot_id = ? AND status = 'booked'", [slot.id]);
    expect(Number(count.n)).toBe(20);
  });

  it('gives a cancelled place back, once', async () => {
    const slot = await bookings.ensureSlot({ city: 'chengdu', clinicId: `CDJZ-${randomUUID().slice(0, 8)}`, date: '2026-03-04', period: '09:30-10:30' }, 1);
    const id = randomUUID();
    expect(await bookings.book(slot.id, { id, userId, person: 'self', vaccineCode: 'Flu', reference: 'VX-C1' })).toBe('booked');
    expect(await bookings.book(slot.id, { id: randomUUID(), userId, person: 'self', vaccineCode: 'Flu', reference: 'VX-C2' })).toBe('full');
    const [first, second] = await Promise.all([bookings.cancel(id, userId), bookings.cancel(id, userId)]);
    expect([first, second].filter(Boolean)).toHaveLength(1);
    expect(await bookings.book(slot.id, { id: randomUUID(), userId, person: 'self', vaccineCode: 'Flu', reference: 'VX-C3' })).toBe('booked');
  });

  it('moves an appointment only when the new place is free, giving the old place back', async () => {
    const key = `CDJZ-${randomUUID().slice(0, 8)}`;
    const from = await bookings.ensureSlot({ city: 'chengdu', clinicId: key, date: '2026-03-06', period: '08:30-09:30' }, 1);
    const to = await bookings.ensureSlot({ city: 'chengdu', clinicId: key, date: '2026-03-06', period: '09:30-10:30' }, 1);
    const mine = randomUUID();
    const other = randomUUID();
    await bookings.book(from.id, { id: mine, userId, person: 'self', vaccineCode: 'Flu', reference: 'VX-R1' });
    await bookings.book(to.id, { id: other, userId, person: 'member-x', vaccineCode: 'Flu', reference: 'VX-R2' });
    expect(await bookings.reschedule(mine, userId, to.id)).toBe('full');
    expect((await bookings.findOneForUser(mine, userId))?.slotId).toBe(from.id);
    expect(await bookings.cancel(other, userId)).toBe(true);
    expect(await bookings.reschedule(mine, userId, to.id)).toBe('moved');
    const rows: { id: string; booked: number }[] = await bff.app.get(DataSource).query('SELECT id, booked FROM vaccination_slots WHERE clinic_id = ?', [key]);
    expect(Object.fromEntries(rows.map((r) => [r.id, Number(r.booked)]))).toEqual({ [from.id]: 0, [to.id]: 1 });
    expect(await bookings.reschedule(mine, randomUUID(), from.id)).toBe('not-found');
  });

  it("does not cancel another citizen's appointment", async () => {
    const slot = await bookings.ensureSlot({ city: 'chengdu', clinicId: `CDJZ-${randomUUID().slice(0, 8)}`, date: '2026-03-05', period: '09:30-10:30' }, 5);
    const id = randomUUID();
    await bookings.book(slot.id, { id, userId, person: 'self', vaccineCode: 'Flu', reference: 'VX-D1' });
    expect(await bookings.cancel(id, randomUUID())).toBe(false);
    expect((await bookings.findOneForUser(id, userId))?.status).toBe('booked');
  });
});
