import { describe, expect, it } from '@jest/globals';
import { cannedRegistry } from '../../testing/canned-upstream';
import { UpstreamFailure } from '../../upstream/upstream-failure';
import { ChengduHousingClient } from './chengdu-housing.client';

const NO = '川(2024)成都市不动产权第0123456号';
const path = (no: string) => `/chengdu/fangguan/bdcqz?zh=${encodeURIComponent(no)}`;
const fg = (data: unknown, errmsg = '') => ({ body: JSON.stringify({ success: data ? '1' : '0', errmsg, data }) });

describe('Chengdu housing management dialect', () => {
  it('reads owners joined by 、, 年月日 dates, string area and mortgage into our shape', async () => {
    const client = new ChengduHousingClient(
      cannedRegistry({
        [path(NO)]: fg({
          bdcqzh: NO, qlr: '刘洋、王丽', zl: '武侯区玉林街道芳沁社区1栋2单元1502号', qx: '武侯区', mj: '89.36', yt: '城镇住宅用地/住宅',
          qlxz: '出让/市场化商品房', djrq: '2024年06月18日', djzt: '已抵押', dyxx: { dyqr: '成都住房公积金管理中心', dyje: '700000.00', djrq: '2024年06月18日' },
        }),
      }),
    );
    expect(await client.getCertificate(NO)).toEqual({
      certificateNo: NO, owners: ['刘洋', '王丽'], location: '武侯区玉林街道芳沁社区1栋2单元1502号', district: '武侯区', area: 89.36,
      use: '城镇住宅用地/住宅', nature: '出让/市场化商品房', registeredOn: '2024-06-18', status: 'mortgaged',
      mortgage: { holder: '成都住房公积金管理中心', amount: 700000, registeredOn: '2024-06-18' },
    });
  });

  it('reads 正常 and 已查封, and no mortgage as null', async () => {
    const base = { bdcqzh: NO, qlr: '杨静', zl: 'x', qx: '锦江区', mj: '63.50', yt: 'y', qlxz: 'z', djrq: '2021年11月02日', dyxx: null };
    const client = new ChengduHousingClient(cannedRegistry({ [path(NO)]: fg({ ...base, djzt: '正常' }), [path(NO.replace('0123456', '0000002'))]: fg({ ...base, djzt: '已查封' }) }));
    expect(await client.getCertificate(NO)).toMatchObject({ status: 'normal', mortgage: null });
    expect(await client.getCertificate(NO.replace('0123456', '0000002'))).toMatchObject({ status: 'seized' });
  });

  it('accepts the number with full-width parentheses, and refuses what is not a Chengdu number', () => {
    const client = new ChengduHousingClient(cannedRegistry({}));
    expect(client.normalizeCertificateNo(' 川（2024）成都市不动产权第0123456号 ')).toBe(NO);
    for (const bad of ['abc', '川(2024)成都市不动产权第123456号', '沪(2024)上海市不动产权第0123456号', '川(24)成都市不动产权第0123456号']) {
      expect(client.normalizeCertificateNo(bad)).toBeUndefined();
    }
  });

  it('reads "未查询到" as a 404, a format complaint as a 400 on certificateNo, anything else as a failure', async () => {
    const client = new ChengduHousingClient(
      cannedRegistry({
        [path('a')]: fg(null, '未查询到该不动产权证书信息'),
        [path('b')]: fg(null, '不动产权证号格式错误，应如：川(2024)成都市不动产权第0123456号'),
        [path('c')]: { status: 200, body: JSON.stringify({ success: '0', errmsg: '系统异常，请稍后重试', data: null }) },
        [path('d')]: fg({ bdcqzh: NO, qlr: '刘洋', zl: 'x', qx: 'y', mj: '1', yt: 'y', qlxz: 'z', djrq: '2024-06-18', djzt: '正常', dyxx: null }),
      }),
    );
    await expect(client.getCertificate('a')).rejects.toMatchObject({ status: 404, code: 'NOT_FOUND' });
    await expect(client.getCertificate('b')).rejects.toMatchObject({ status: 400, details: [{ field: 'certificateNo' }] });
    await expect(client.getCertificate('c')).rejects.toBeInstanceOf(UpstreamFailure);
    await expect(client.getCertificate('d')).rejects.toBeInstanceOf(UpstreamFailure);
  });
});
