import type { PropertyCertificate, UpstreamService } from '@portal/shared';

/**
 * A city's real-estate registry, queried by certificate number. One implementation per city; the
 * city owns the number's format. "No such certificate" is an AppException 404.
 */
export abstract class HousingUpstream {
  abstract readonly service: UpstreamService;
  /** An example of a well-formed number, for the citizen. */
  abstract readonly certificateExample: string;
  /** The number as the registry writes it, or undefined when it is not one of this city's. */
  abstract normalizeCertificateNo(value: string): string | undefined;
  abstract getCertificate(certificateNo: string, requestId?: string): Promise<Omit<PropertyCertificate, 'city'>>;
}

export const HOUSING_UPSTREAMS = Symbol('HOUSING_UPSTREAMS');

/** One answer for an unknown number and for somebody else's certificate: nobody learns whose a number is. */
export const NO_SUCH_CERTIFICATE = 'We found no certificate of yours with this number in the city’s property register.';
