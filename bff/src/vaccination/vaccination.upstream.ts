import type { UpstreamService, VaccinationClinic, VaccinationRecord } from '@portal/shared';

export interface PublishedSlots {
  open: boolean;
  slots: { period: string; capacity: number }[];
}

/** A city's immunisation system: records by identity number, clinics, and slot capacity. */
export abstract class VaccinationUpstream {
  abstract readonly service: UpstreamService;
  abstract getRecords(idNumber: string, requestId?: string): Promise<VaccinationRecord[]>;
  abstract getClinics(district: string | undefined, requestId?: string): Promise<VaccinationClinic[]>;
  /** 404 for an unknown clinic; 400 (date field) outside tomorrow..14 days ahead. */
  abstract getSlots(clinicId: string, date: string, requestId?: string): Promise<PublishedSlots>;
}

export const VACCINATION_UPSTREAMS = Symbol('VACCINATION_UPSTREAMS');
