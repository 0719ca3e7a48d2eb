import type { CityId, LocalizedText, RatedService } from '@portal/shared';

/** Which agency answers for a service in a city: a bad review's follow-up goes to it. Data, not code. */
export const AGENCIES: Record<string, LocalizedText> = {
  'shanghai-healthcare-security': { zh: '上海市医疗保障局', en: 'Shanghai Healthcare Security Administration' },
  'chengdu-healthcare-security': { zh: '成都市医疗保障局', en: 'Chengdu Healthcare Security Administration' },
  'shanghai-health': { zh: '上海市卫生健康委员会', en: 'Shanghai Municipal Health Commission' },
  'chengdu-health': { zh: '成都市卫生健康委员会', en: 'Chengdu Municipal Health Commission' },
};

const RESPONSIBLE: Record<RatedService, Partial<Record<CityId, string>>> = {
  'resident-medical-payment': { shanghai: 'shanghai-healthcare-security', chengdu: 'chengdu-healthcare-security' },
  'vaccination-appointment': { shanghai: 'shanghai-health', chengdu: 'chengdu-health' },
};

export function responsibleAgency(service: RatedService, city: CityId): string | undefined {
  return RESPONSIBLE[service][city];
}
