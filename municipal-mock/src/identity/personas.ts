/**
 * Test personas: fictional people known to every stand-in system (identity check, social
 * insurance, provident fund, tax, vaccination). The identity numbers have valid check characters
 * but are made up; never use them outside tests and demos. Listed in the README.
 */
export type City = 'shanghai' | 'chengdu';

export interface Persona {
  name: string;
  idNumber: string;
  city: City;
  /** District of the area code (Chinese name). */
  district: string;
  phone: string;
  /** Employee (城镇职工), resident (城乡居民, no employer), retired employee, or child. */
  kind: 'employee' | 'resident' | 'retired' | 'child';
  /** For children: the guardian's identity number. */
  guardianIdNumber?: string;
  /** Who they are, for the README and the demo. */
  note: string;
}

export const PERSONAS: readonly Persona[] = [
  {
    name: '张伟',
    idNumber: '310104198506150015',
    city: 'shanghai',
    district: '徐汇区',
    phone: '13800138000',
    kind: 'employee',
    note: 'Shanghai employee, 40; father of 张小雨',
  },
  {
    name: '王芳',
    idNumber: '310115199211030028',
    city: 'shanghai',
    district: '浦东新区',
    phone: '13900139001',
    kind: 'employee',
    note: 'Shanghai employee, 33',
  },
  {
    name: '李秀英',
    idNumber: '310101195803200047',
    city: 'shanghai',
    district: '黄浦区',
    phone: '13700137002',
    kind: 'resident',
    note: 'Shanghai resident insurance (城乡居民), 67, no employer',
  },
  {
    name: '陈浩',
    idNumber: '31010620010809003X',
    city: 'shanghai',
    district: '静安区',
    phone: '18600186003',
    kind: 'employee',
    note: 'Shanghai employee, 24, first job 2023 (check character X)',
  },
  {
    name: '刘洋',
    idNumber: '510107198802280013',
    city: 'chengdu',
    district: '武侯区',
    phone: '13800028004',
    kind: 'employee',
    note: 'Chengdu employee, 38; father of 刘一诺',
  },
  {
    name: '杨静',
    idNumber: '510104199507120020',
    city: 'chengdu',
    district: '锦江区',
    phone: '13900028005',
    kind: 'employee',
    note: 'Chengdu employee, 30',
  },
  {
    name: '赵建国',
    idNumber: '510105196510010052',
    city: 'chengdu',
    district: '青羊区',
    phone: '13700028006',
    kind: 'resident',
    note: 'Chengdu resident insurance (城乡居民), 60, no employer',
  },
  {
    name: '黄磊',
    idNumber: '51010919791224007X',
    city: 'chengdu',
    district: '高新区',
    phone: '15100028007',
    kind: 'employee',
    note: 'Chengdu employee, 46, payments suspended since 2025-10 (暂停) (check character X)',
  },
  {
    name: '张小雨',
    idNumber: '310104202305180022',
    city: 'shanghai',
    district: '徐汇区',
    phone: '13800138000',
    kind: 'child',
    guardianIdNumber: '310104198506150015',
    note: 'Child born 2023-05-18 (guardian 张伟, his phone)',
  },
  {
    name: '刘一诺',
    idNumber: '510107202409100038',
    city: 'chengdu',
    district: '武侯区',
    phone: '13800028004',
    kind: 'child',
    guardianIdNumber: '510107198802280013',
    note: 'Child born 2024-09-10 (guardian 刘洋, his phone)',
  },
];

const BY_ID = new Map(PERSONAS.map((persona) => [persona.idNumber, persona]));

export function findPersona(idNumber: string): Persona | undefined {
  return BY_ID.get(idNumber.toUpperCase());
}
