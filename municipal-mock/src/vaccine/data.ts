import type { City } from '../identity/personas.js';

/** Vaccines. `schedule` = doses of the national immunisation programme (age in months), 2021 edition. */
export interface Vaccine {
  code: string;
  name: string;
  /** true = national programme (免费, 一类); false = voluntary (自费, 二类). */
  programme: boolean;
  schedule?: readonly number[];
  /** Who it is for, shown to citizens. */
  target: string;
  priceYuan: number;
}

export const VACCINES: readonly Vaccine[] = [
  { code: 'HepB', name: '乙肝疫苗', programme: true, schedule: [0, 1, 6], target: '0-6月龄', priceYuan: 0 },
  { code: 'BCG', name: '卡介苗', programme: true, schedule: [0], target: '出生时', priceYuan: 0 },
  { code: 'IPV', name: '脊灰灭活疫苗', programme: true, schedule: [2, 3], target: '2、3月龄', priceYuan: 0 },
  { code: 'bOPV', name: '脊灰减毒活疫苗', programme: true, schedule: [4, 48], target: '4月龄、4周岁', priceYuan: 0 },
  { code: 'DTaP', name: '百白破疫苗', programme: true, schedule: [3, 4, 5, 18], target: '3、4、5、18月龄', priceYuan: 0 },
  { code: 'DT', name: '白破疫苗', programme: true, schedule: [72], target: '6周岁', priceYuan: 0 },
  { code: 'MMR', name: '麻腮风疫苗', programme: true, schedule: [8, 18], target: '8、18月龄', priceYuan: 0 },
  { code: 'JE-L', name: '乙脑减毒活疫苗', programme: true, schedule: [8, 24], target: '8月龄、2周岁', priceYuan: 0 },
  { code: 'MPSV-A', name: 'A群流脑多糖疫苗', programme: true, schedule: [6, 9], target: '6、9月龄', priceYuan: 0 },
  { code: 'MPSV-AC', name: 'A群C群流脑多糖疫苗', programme: true, schedule: [36, 72], target: '3、6周岁', priceYuan: 0 },
  { code: 'HepA-L', name: '甲肝减毒活疫苗', programme: true, schedule: [18], target: '18月龄', priceYuan: 0 },
  { code: 'Flu', name: '流感疫苗', programme: false, target: '6月龄以上', priceYuan: 128 },
  { code: 'HPV9', name: '九价人乳头瘤病毒疫苗', programme: false, target: '9-45周岁女性', priceYuan: 1318 },
  { code: 'HZV', name: '重组带状疱疹疫苗', programme: false, target: '50周岁以上', priceYuan: 1598 },
  { code: 'PPV23', name: '23价肺炎球菌多糖疫苗', programme: false, target: '60周岁以上（部分城市免费）', priceYuan: 220 },
  { code: 'Rabies', name: '人用狂犬病疫苗', programme: false, target: '暴露后', priceYuan: 305 },
];

export const vaccineByCode = new Map(VACCINES.map((v) => [v.code, v]));

export interface Clinic {
  id: string;
  city: City;
  district: string;
  name: string;
  kind: 'child' | 'adult';
  /** 0 = Sunday … 6 = Saturday */
  openWeekdays: readonly number[];
  vaccines: readonly string[];
}

const CHILD_VACCINES = VACCINES.filter((v) => v.programme).map((v) => v.code).concat('Flu');
const ADULT_VACCINES = ['Flu', 'HPV9', 'HZV', 'PPV23', 'Rabies'];

function clinics(city: City, prefix: string, rows: ReadonlyArray<[string, string]>): Clinic[] {
  return rows.flatMap(([district, street], i) => [
    {
      id: `${prefix}${String(i * 2 + 1).padStart(3, '0')}`,
      city,
      district,
      name: `${street}社区卫生服务中心预防接种门诊`,
      kind: 'child' as const,
      openWeekdays: i % 2 === 0 ? [2, 3, 5, 6] : [1, 2, 4, 6],
      vaccines: CHILD_VACCINES,
    },
    {
      id: `${prefix}${String(i * 2 + 2).padStart(3, '0')}`,
      city,
      district,
      name: `${street}社区卫生服务中心成人接种门诊`,
      kind: 'adult' as const,
      openWeekdays: [1, 2, 3, 4, 5],
      vaccines: ADULT_VACCINES,
    },
  ]);
}

export const CLINICS: readonly Clinic[] = [
  ...clinics('shanghai', 'SHJZ', [
    ['黄浦区', '打浦桥街道'],
    ['徐汇区', '斜土街道'],
    ['浦东新区', '花木街道'],
    ['静安区', '静安寺街道'],
    ['长宁区', '新华街道'],
  ]),
  ...clinics('chengdu', 'CDJZ', [
    ['锦江区', '书院街街道'],
    ['青羊区', '少城街道'],
    ['武侯区', '玉林街道'],
    ['成华区', '猛追湾街道'],
    ['高新区', '芳草街街道'],
  ]),
];

/** Appointment periods; capacity per period is seeded per clinic and date (10-30). */
export const PERIODS: ReadonlyArray<[string, string]> = [
  ['08:30', '09:30'],
  ['09:30', '10:30'],
  ['10:30', '11:30'],
  ['13:30', '14:30'],
  ['14:30', '15:30'],
  ['15:30', '16:30'],
];
