import type { LocalizedText } from '../localized.js';
import type { CityId } from './catalog.types.js';

/**
 * The directory of each city's departments a citizen can write to: the mayor's mailbox, the
 * districts (and counties), the municipal bureaus and other agencies. Kept as data, like the catalog.
 * Ids are unique across cities (`<city>-<slug>`), stable, and used in URLs and the database.
 */
export const DEPARTMENT_KINDS = ['mayor', 'district', 'bureau', 'agency'] as const;
export type DepartmentKind = (typeof DEPARTMENT_KINDS)[number];

export interface Department {
  id: string;
  city: CityId;
  kind: DepartmentKind;
  name: LocalizedText;
}

type Row = [slug: string, kind: DepartmentKind, zh: string, en: string];

function directory(city: CityId, rows: Row[]): Department[] {
  return rows.map(([slug, kind, zh, en]) => ({ id: `${city}-${slug}`, city, kind, name: { zh, en } }));
}

const SHANGHAI = directory('shanghai', [
  ['mayor', 'mayor', '市长信箱', "Mayor's mailbox"],
  ['huangpu', 'district', '黄浦区', 'Huangpu District'],
  ['xuhui', 'district', '徐汇区', 'Xuhui District'],
  ['changning', 'district', '长宁区', 'Changning District'],
  ['jingan', 'district', '静安区', "Jing'an District"],
  ['putuo', 'district', '普陀区', 'Putuo District'],
  ['hongkou', 'district', '虹口区', 'Hongkou District'],
  ['yangpu', 'district', '杨浦区', 'Yangpu District'],
  ['minhang', 'district', '闵行区', 'Minhang District'],
  ['baoshan', 'district', '宝山区', 'Baoshan District'],
  ['jiading', 'district', '嘉定区', 'Jiading District'],
  ['pudong', 'district', '浦东新区', 'Pudong New Area'],
  ['jinshan', 'district', '金山区', 'Jinshan District'],
  ['songjiang', 'district', '松江区', 'Songjiang District'],
  ['qingpu', 'district', '青浦区', 'Qingpu District'],
  ['fengxian', 'district', '奉贤区', 'Fengxian District'],
  ['chongming', 'district', '崇明区', 'Chongming District'],
  ['sthj', 'bureau', '市生态环境局', 'Bureau of Ecology and Environment'],
  ['jtw', 'bureau', '市交通委员会', 'Transport Commission'],
  ['zjw', 'bureau', '市住房和城乡建设管理委员会', 'Housing and Urban-Rural Development Commission'],
  ['edu', 'bureau', '市教育委员会', 'Education Commission'],
  ['wsjkw', 'bureau', '市卫生健康委员会', 'Health Commission'],
  ['rsj', 'bureau', '市人力资源和社会保障局', 'Human Resources and Social Security Bureau'],
  ['scjgj', 'bureau', '市市场监督管理局', 'Administration for Market Regulation'],
  ['lhsr', 'bureau', '市绿化和市容管理局', 'Landscaping and City Appearance Bureau'],
  ['gaj', 'bureau', '市公安局', 'Public Security Bureau'],
  ['12345', 'agency', '12345市民服务热线', '12345 Citizen Service Hotline'],
]);

const CHENGDU = directory('chengdu', [
  ['mayor', 'mayor', '市长信箱', "Mayor's mailbox"],
  ['jinjiang', 'district', '锦江区', 'Jinjiang District'],
  ['qingyang', 'district', '青羊区', 'Qingyang District'],
  ['jinniu', 'district', '金牛区', 'Jinniu District'],
  ['wuhou', 'district', '武侯区', 'Wuhou District'],
  ['chenghua', 'district', '成华区', 'Chenghua District'],
  ['longquanyi', 'district', '龙泉驿区', 'Longquanyi District'],
  ['xindu', 'district', '新都区', 'Xindu District'],
  ['wenjiang', 'district', '温江区', 'Wenjiang District'],
  ['shuangliu', 'district', '双流区', 'Shuangliu District'],
  ['pidu', 'district', '郫都区', 'Pidu District'],
  ['gaoxin', 'district', '成都高新区', 'Chengdu Hi-tech Zone'],
  ['tianfu', 'district', '四川天府新区成都直管区', 'Tianfu New Area'],
  ['jtj', 'bureau', '市交通运输局', 'Transport Bureau'],
  ['zjj', 'bureau', '市住房和城乡建设局', 'Housing and Urban-Rural Development Bureau'],
  ['sthjj', 'bureau', '市生态环境局', 'Ecology and Environment Bureau'],
  ['jyj', 'bureau', '市教育局', 'Education Bureau'],
  ['wjw', 'bureau', '市卫生健康委员会', 'Health Commission'],
  ['rsj', 'bureau', '市人力资源和社会保障局', 'Human Resources and Social Security Bureau'],
  ['scjgj', 'bureau', '市市场监督管理局', 'Administration for Market Regulation'],
  ['cgw', 'bureau', '市城市管理委员会', 'Urban Management Commission'],
  ['gaj', 'bureau', '市公安局', 'Public Security Bureau'],
  ['gjj', 'agency', '成都住房公积金管理中心', 'Housing Provident Fund Management Centre'],
  ['12345', 'agency', '12345市长公开电话', '12345 Mayor’s Public Hotline'],
]);

const YINCHUAN = directory('yinchuan', [
  ['mayor', 'mayor', '市长信箱', "Mayor's mailbox"],
  ['xingqing', 'district', '兴庆区', 'Xingqing District'],
  ['jinfeng', 'district', '金凤区', 'Jinfeng District'],
  ['xixia', 'district', '西夏区', 'Xixia District'],
  ['yongning', 'district', '永宁县', 'Yongning County'],
  ['helan', 'district', '贺兰县', 'Helan County'],
  ['lingwu', 'district', '灵武市', 'Lingwu City'],
  ['jtj', 'bureau', '市交通运输局', 'Transport Bureau'],
  ['zjj', 'bureau', '市住房和城乡建设局', 'Housing and Urban-Rural Development Bureau'],
  ['sthjj', 'bureau', '市生态环境局', 'Ecology and Environment Bureau'],
  ['jyj', 'bureau', '市教育局', 'Education Bureau'],
  ['wjw', 'bureau', '市卫生健康委员会', 'Health Commission'],
  ['rsj', 'bureau', '市人力资源和社会保障局', 'Human Resources and Social Security Bureau'],
  ['scjgj', 'bureau', '市市场监督管理局', 'Administration for Market Regulation'],
  ['gaj', 'bureau', '市公安局', 'Public Security Bureau'],
  ['12345', 'agency', '12345政务服务便民热线', '12345 Government Service Hotline'],
]);

export const DEPARTMENTS: readonly Department[] = [...SHANGHAI, ...CHENGDU, ...YINCHUAN];

const BY_ID = new Map(DEPARTMENTS.map((d) => [d.id, d]));

export function findDepartment(id: string): Department | undefined {
  return BY_ID.get(id);
}

export function departmentsOf(city: CityId): Department[] {
  return DEPARTMENTS.filter((d) => d.city === city);
}
