import type { PersonalTaxAnnual, UpstreamService } from '@portal/shared';

/**
 * An income tax system, queried by the citizen's identity number. Income tax is national: one
 * implementation serves every city whose catalog offers it. "No taxpayer record" is an AppException 404.
 */
export abstract class PersonalTaxUpstream {
  abstract readonly service: UpstreamService;
  abstract getAnnual(idNumber: string, year: number, requestId?: string): Promise<Omit<PersonalTaxAnnual, 'city'>>;
}

export const PERSONAL_TAX_UPSTREAMS = Symbol('PERSONAL_TAX_UPSTREAMS');
