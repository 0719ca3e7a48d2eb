import { describe, expect, it } from '@jest/globals';
import { cannedRegistry } from '../../testing/canned-upstream';
import { UpstreamFailure } from '../../upstream/upstream-failure';
import { ShanghaiEducationClient } from './shanghai-education.client';

const edu = (data: unknown, rtnCode = '000') => ({ body: JSON.stringify({ rtnCode, rtnMsg: rtnCode === '000' ? '成功' : '…', data }) });
const XUHUI = `/shanghai/education/policy?district=${encodeURIComponent('徐汇区')}`;

describe('Shanghai education dialect', () => {
  it('reads the district policy, key dates sorted by start', async () => {
    const client = new ShanghaiEducationClient(
      cannedRegistry({
        [XUHUI]: edu({
          year: 2026, district: '徐汇区',
          primary: { stage: '小学', birthFrom: '2019-09-01', birthTo: '2020-08-31', rule: '2019年9月1日至2020年8月31日出生的适龄儿童入小学一年级' },
          junior: { stage: '初中', rule: '2026年小学毕业生（五年级毕业）入初中预备年级' },
          keyDates: [
            { item: '民办学校网上报名', start: '2026-05-09', end: '2026-05-20' },
            { item: '入学信息登记', start: '2026-04-07', end: '2026-04-20' },
          ],
        }),
      }),
    );
    expect(await client.getPolicy('徐汇区')).toEqual({
      year: 2026, district: '徐汇区',
      primary: { rule: '2019年9月1日至2020年8月31日出生的适龄儿童入小学一年级', birthFrom: '2019-09-01', birthTo: '2020-08-31' },
      junior: { rule: '2026年小学毕业生（五年级毕业）入初中预备年级' },
      keyDates: [
        { item: '入学信息登记', start: '2026-04-07', end: '2026-04-20' },
        { item: '民办学校网上报名', start: '2026-05-09', end: '2026-05-20' },
      ],
    });
  });

  it('reads 小学/初中 and 公办/民办 into stages and types', async () => {
    const client = new ShanghaiEducationClient(
      cannedRegistry({
        '/shanghai/education/schools': edu({ total: 2, schools: [
          { code: 'XH003', name: '上海市徐汇区世界小学', district: '徐汇区', stage: '小学', type: '民办' },
          { code: 'XH101', name: '上海市南洋模范初级中学', district: '徐汇区', stage: '初中', type: '公办' },
        ] }),
      }),
    );
    expect(await client.getSchools()).toEqual([
      { code: 'XH003', name: '上海市徐汇区世界小学', district: '徐汇区', stage: 'primary', type: 'private' },
      { code: 'XH101', name: '上海市南洋模范初级中学', district: '徐汇区', stage: 'junior', type: 'public' },
    ]);
  });

  it('reads 102 as "no policy for the district" (a 404), and any other code or an unknown stage as a failure', async () => {
    const client = new ShanghaiEducationClient(
      cannedRegistry({
        [XUHUI]: edu(null, '102'),
        [`/shanghai/education/policy?district=${encodeURIComponent('静安区')}`]: edu(null, '101'),
        '/shanghai/education/schools': edu({ schools: [{ code: 'X', name: 'x', district: '徐汇区', stage: '高中', type: '公办' }] }),
      }),
    );
    await expect(client.getPolicy('徐汇区')).rejects.toMatchObject({ status: 404, code: 'NOT_FOUND' });
    await expect(client.getPolicy('静安区')).rejects.toBeInstanceOf(UpstreamFailure);
    await expect(client.getSchools()).rejects.toBeInstanceOf(UpstreamFailure);
  });
});
