import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { addWorkingDays, chinaDate } from '@portal/shared';
import { bearer, signInAndBind, signInBySms } from '../testing/citizens';
import { startBff, startMock, testEnv, type MockProcess, type TestBff } from '../testing/harness';

/** 赵建国: a Chengdu persona with resident medical insurance to pay. */
const ZHAO = { name: '赵建国', idNumber: '510105196510010052' };

describe('rating a completed service, and what becomes of a bad review', () => {
  let mock: MockProcess;
  let bff: TestBff;
  let citizen: Awaited<ReturnType<typeof signInBySms>>;
  let paymentId: string;

  beforeAll(async () => {
    mock = await startMock();
    bff = await startBff(testEnv(mock.url, { TRUST_PROXY: 'true' }));
    citizen = await signInAndBind(bff, mock, '13700028006', ZHAO);
    const paid = await bff.request(
      'POST',
      '/api/v1/cities/chengdu/social-insurance/resident-medical/payments',
      { year: 2026 },
      { ...bearer(citizen), 'idempotency-key': 'rating-case-0001' },
    );
    expect(paid.status).toBe(200);
    paymentId = paid.body.paymentId;
  });

  afterAll(async () => {
    await bff?.close();
    await mock?.stop();
  });

  it('asks why for a bad review, then opens a follow-up for the agency due in 15 working days', async () => {
    const rate = (body: object) => bff.request('POST', '/api/v1/cities/chengdu/ratings', body, bearer(citizen));
    const noReason = await rate({ service: 'resident-medical-payment', subjectId: paymentId, level: 1 });
    expect(noReason.status).toBe(400);
    expect(noReason.body.details[0].field).toBe('reason');

    const bad = await rate({ service: 'resident-medical-payment', subjectId: paymentId, level: 1, reason: '缴费页面反复提示失败，实际已扣款' });
    expect(bad.status).toBe(201);
    expect(bad.body).toMatchObject({
      city: 'chengdu',
      level: 1,
      followUp: { agency: { zh: '成都市医疗保障局', en: 'Chengdu Healthcare Security Administration' }, status: 'open', resolution: null },
    });
    expect(bad.body.followUp.dueDate).toBe(addWorkingDays(chinaDate(), 15));

    const again = await rate({ service: 'resident-medical-payment', subjectId: paymentId, level: 5 });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('ALREADY_RATED');

    const mine = await bff.get('/api/v1/me/ratings', bearer(citizen));
    expect(mine.body.ratings).toEqual([bad.body]);
  });

  it("refuses to rate someone else's case, a case in another city, and names bad fields", async () => {
    const stranger = await signInBySms(bff, mock, '13900000123');
    const theirs = await bff.request('POST', '/api/v1/cities/chengdu/ratings', { service: 'resident-medical-payment', subjectId: paymentId, level: 5 }, bearer(stranger));
    expect(theirs.status).toBe(404);
    const elsewhere = await bff.request('POST', '/api/v1/cities/shanghai/ratings', { service: 'resident-medical-payment', subjectId: paymentId, level: 5 }, bearer(citizen));
    expect(elsewhere.status).toBe(404);
    for (const [field, value] of [['level', 6], ['service', 'parking'], ['subjectId', 'abc'], ['reason', 'x'.repeat(501)]] as const) {
      const res = await bff.request('POST', '/api/v1/cities/chengdu/ratings', { service: 'resident-medical-payment', subjectId: paymentId, level: 2, reason: 'r', [field]: value }, bearer(citizen));
      expect(res.status).toBe(400);
      expect(res.body.details.map((d: { field: string }) => d.field)).toContain(field);
    }
    expect((await bff.get('/api/v1/me/ratings', bearer(stranger))).body.ratings).toEqual([]);
  });
});
