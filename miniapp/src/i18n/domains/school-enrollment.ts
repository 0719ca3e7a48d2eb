import type { DomainMessages } from '../domain';

/** Words of the school enrollment subpackage (入学信息; public, no sign-in). */
const zh = {
  'school.title': '入学信息',
  'school.public': '公开信息，不用登录。',
  'school.district.heading': '选择区',
  'school.district.pick': '先选择一个区，查看这个区的入学政策和学校。',
  'school.policy.heading': '{district} {year}年义务教育入学',
  'school.policy.primary': '小学入学',
  'school.policy.primary.birth': '出生日期：{from} 至 {to}',
  'school.policy.junior': '初中入学',
  'school.policy.dates': '重要日期',
  'school.date.range': '{start} 至 {end}',
  'school.search.heading': '查找学校',
  'school.search.name': '学校名称（可以只填一部分）',
  'school.search.name.hint': '例如：向阳。不填则列出所选区的全部学校',
  'school.stage': '学段',
  'school.stage.all': '全部',
  'school.stage.primary': '小学',
  'school.stage.junior': '初中',
  'school.type.public': '公办',
  'school.type.private': '民办',
  'school.search.submit': '查找学校',
  'school.results.count': '找到 {n} 所学校',
  'school.results.empty': '没有找到符合条件的学校。可以少填几个字，或换一个区、学段再试。',
  'school.bad.name.long': '学校名称最多填 {max} 个字，您填了 {count} 个',
  'school.bad.name.chars': '学校名称不能包含 < 或 > 这样的符号',
  'school.meta': '{district} · {stage} · {type}',
  'school.code': '学校代码 {code}',
} as const;

type Key = keyof typeof zh;

const en: Record<Key, string> = {
  'school.title': 'School enrollment',
  'school.public': 'Public information; no sign-in needed.',
  'school.district.heading': 'Choose a district',
  'school.district.pick': 'Choose a district to see its enrollment rules and schools.',
  'school.policy.heading': 'Compulsory education enrollment in {district}, {year}',
  'school.policy.primary': 'Primary school',
  'school.policy.primary.birth': 'Born from {from} to {to}',
  'school.policy.junior': 'Junior secondary school',
  'school.policy.dates': 'Key dates',
  'school.date.range': '{start} to {end}',
  'school.search.heading': 'Find a school',
  'school.search.name': 'School name (part of it is enough)',
  'school.search.name.hint': 'For example 向阳. Leave it empty to list every school in the district',
  'school.stage': 'Stage',
  'school.stage.all': 'All',
  'school.stage.primary': 'Primary',
  'school.stage.junior': 'Junior secondary',
  'school.type.public': 'Public',
  'school.type.private': 'Private',
  'school.search.submit': 'Find schools',
  'school.results.count': '{n} schools found',
  'school.results.empty': 'No school matches. Try fewer characters, or another district or stage.',
  'school.bad.name.long': 'The school name can be at most {max} characters; you entered {count}',
  'school.bad.name.chars': 'The school name cannot contain symbols such as < or >',
  'school.meta': '{district} · {stage} · {type}',
  'school.code': 'School code {code}',
};

export const SCHOOL_MESSAGES: DomainMessages<Key> = { zh, en };
export type SchoolKey = Key;
