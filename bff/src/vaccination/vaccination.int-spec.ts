import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PRIVACY_NOTICE_VERSION } from '@portal/shared';
import { bearer, PERSONAS, signInBySms } from '../testing/citizens';
import { startBff, startMock, testEnv, type MockProcess, type TestBff } from '../testing/harness';

/** The mock's business clock is 2026-03-02 (a Monday): places from tomorrow to 14 days ahead. */
describe('vaccination in Chengdu: records, clinics, places, booking and cancelling', () => {
  let mock: MockProcess;
  let bff: TestBff;
  let parent: Awaited<ReturnType<typeof signInBySms>>;
  let childId: string;
  let stranger: Awaited<ReturnType<typeof signInBySms>>;

  beforeAll(async () => {
    mock = await startMock();
    bff = await startBff(testEnv(mock.url, { TRUST_PROXY: 'true' }));
    parent = await signInBySms(bff, mock, '13800028004');
    await bff.request('POST', '/api/v1/me/privacy', { version: PRIVACY_NOTICE_VERSION }, bearer(parent));
    expect((await bff.request('POST', '/api/v1/me/identity', { name: PERSONAS.liuYang.name, idNumber: PERSONAS.liuYang.idNumber }, bearer(parent))).status).toBe(200);
    const child = await bff.request('POST', '/api/v1/me/family', { ...PERSONAS.liuYinuo, relation: 'child' }, bearer(parent));
    childId = child.body.id;
    stranger = await signInBySms(bff, mock, '13900028005');
  });

  afterAll(async () => {
    await bff?.close();
    await mock?.stop();
  });

  async function openPeriod(): Promise<{ clinicId: string; date: string; period: string; capacity: number; vaccine: string }> {
    const clinics = (await bff.get('/api/v1/cities/chengdu/vaccination/clinics?district=武侯区')).body.clinics;
    const clinic = clinics.find((c: { kind: string }) => c.kind === 'children');
    for (let d = 3; d <= 16; d++) {
      const date = `2026-03-${String(d).padStart(2, '0')}`;
      const slots = (await bff.get(`/api/v1/cities/chengdu/vaccination/clinics/${clinic.id}/slots?date=${date}`)).body;
      if (slots.open && slots.slots.length) return { clinicId: clinic.id, date, period: slots.slots[0].period, capacity: slots.slots[0].capacity, vaccine: 'Flu' };
    }
    throw new Error('no open day');
  }

  it("shows a child's records to their guardian, and to no one else", async () => {
    const records = await bff.get(`/api/v1/cities/chengdu/vaccination/records?person=${childId}`, bearer(parent));
    expect(records.status).toBe(200);
    expect(records.body.records.length).toBeGreaterThan(5);
    expect(records.body.records[0]).toMatchObject({ vaccineCode: expect.any(String), dose: expect.any(Number), date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    const theirs = await bff.get(`/api/v1/cities/chengdu/vaccination/records?person=${childId}`, bearer(stranger));
    expect(theirs.status).toBe(400);
    expect(theirs.body.details[0].field).toBe('person');
    expect(JSON.stringify(theirs.body)).not.toContain('dose');
  });

  it('lists clinics by district and free places per period', async () => {
    const { clinicId, date, capacity } = await openPeriod();
    const slots = await bff.get(`/api/v1/cities/chengdu/vaccination/clinics/${clinicId}/slots?date=${date}`);
    expect(slots.body.slots[0]).toEqual({ period: expect.stringMatching(/^\d{2}:\d{2}-\d{2}:\d{2}$/), capacity, remaining: expect.any(Number) });
    const far = await bff.get(`/api/v1/cities/chengdu/vaccination/clinics/${clinicId}/slots?date=2026-05-01`);
    expect(far.status).toBe(400);
    expect(far.body.details[0].field).toBe('date');
  });

  it('books a place for the child, counts it, lists it, cancels it and gives the place back', async () => {
    const p = await openPeriod();
    const before = (await bff.get(`/api/v1/cities/chengdu/vaccination/clinics/${p.clinicId}/slots?date=${p.date}`)).body.slots[0].remaining;
    const booked = await bff.request('POST', '/api/v1/cities/chengdu/vaccination/appointments', { clinicId: p.clinicId, date: p.date, period: p.period, vaccineCode: p.vaccine, person: childId }, bearer(parent));
    expect(booked.status).toBe(201);
    expect(booked.body).toMatchObject({ reference: expect.stringMatching(/^VX/), status: 'booked', person: childId, date: p.date, period: p.period });
    const after = (await bff.get(`/api/v1/cities/chengdu/vaccination/clinics/${p.clinicId}/slots?date=${p.date}`)).body.slots[0].remaining;
    expect(after).toBe(before - 1);

    const mine = await bff.get('/api/v1/me/appointments', bearer(parent));
    expect(mine.body.appointments.map((a: { id: string }) => a.id)).toContain(booked.body.id);
    expect((await bff.get('/api/v1/me/appointments', bearer(stranger))).body.appointments).toEqual([]);
    expect((await bff.request('DELETE', `/api/v1/me/appointments/${booked.body.id}`, undefined, bearer(stranger))).status).toBe(404);

    expect((await bff.request('DELETE', `/api/v1/me/appointments/${booked.body.id}`, undefined, bearer(parent))).status).toBe(204);
    expect((await bff.get(`/api/v1/cities/chengdu/vaccination/clinics/${p.clinicId}/slots?date=${p.date}`)).body.slots[0].remaining).toBe(before);
    expect((await bff.request('DELETE', `/api/v1/me/appointments/${booked.body.id}`, undefined, bearer(parent))).status).toBe(404);
  });

  it('reschedules to another period of the same clinic and day; the old place is given back', async () => {
    const p = await openPeriod();
    const slotsBefore = (await bff.get(`/api/v1/cities/chengdu/vaccination/clinics/${p.clinicId}/slots?date=${p.date}`)).body.slots;
    const target = slotsBefore[1];
    const booked = await bff.request('POST', '/api/v1/cities/chengdu/vaccination/appointments', { clinicId: p.clinicId, date: p.date, period: p.period, vaccineCode: 'MMR', person: childId }, bearer(parent));
    expect(booked.status).toBe(201);
    const moved = await bff.request('PATCH', `/api/v1/me/appointments/${booked.body.id}`, { date: p.date, period: target.period }, bearer(parent));
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ id: booked.body.id, period: target.period, status: 'booked' });
    const slotsAfter = (await bff.get(`/api/v1/cities/chengdu/vaccination/clinics/${p.clinicId}/slots?date=${p.date}`)).body.slots;
    expect(slotsAfter[0].remaining).toBe(slotsBefore[0].remaining);
    expect(slotsAfter[1].remaining).toBe(target.remaining - 1);
    expect((await bff.request('PATCH', `/api/v1/me/appointments/${booked.body.id}`, { date: p.date, period: target.period }, bearer(stranger))).status).toBe(404);
    const bad = await bff.request('PATCH', `/api/v1/me/appointments/${booked.body.id}`, { date: 'tomorrow', period: target.period }, bearer(parent));
    expect(bad.status).toBe(400);
    expect(bad.body.details[0].field).toBe('date');
    await bff.request('DELETE', `/api/v1/me/appointments/${booked.body.id}`, undefined, bearer(parent));
  });

  it('names each bad field of a booking, and refuses a period the clinic does not have', async () => {
    const p = await openPeriod();
    const base = { clinicId: p.clinicId, date: p.date, period: p.period, vaccineCode: p.vaccine, person: childId };
    for (const [field, value] of [['date', '3 March'], ['period', 'morning'], ['person', 'somebody'], ['vaccineCode', '<b>'], ['clinicId', '']] as const) {
      const res = await bff.request('POST', '/api/v1/cities/chengdu/vaccination/appointments', { ...base, [field]: value }, bearer(parent));
      expect(res.status).toBe(400);
      expect(res.body.details.map((d: { field: string }) => d.field)).toContain(field);
    }
    const missing = await bff.request('POST', '/api/v1/cities/chengdu/vaccination/appointments', { ...base, period: '23:00-23:30' }, bearer(parent));
    expect(missing.status).toBe(400);
    expect(missing.body.details[0].field).toBe('period');
  });

  it('asks a citizen without a real-name binding to bind first', async () => {
    const p = await openPeriod();
    const res = await bff.request('POST', '/api/v1/cities/chengdu/vaccination/appointments', { clinicId: p.clinicId, date: p.date, period: p.period, vaccineCode: 'Flu', person: 'self' }, bearer(stranger));
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('IDENTITY_NOT_VERIFIED');
  });
});
