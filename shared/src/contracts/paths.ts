import type { CityId } from '../cities/catalog.types.js';

/** Every public API path lives here, once; the BFF routes and the mini-program calls use these. */
export const API_PREFIX = '/api';
export const API_V1 = '/api/v1';

const city = (id: CityId | string) => `${API_V1}/cities/${encodeURIComponent(id)}`;

export const apiPaths = {
  health: () => `${API_PREFIX}/health`,
  cities: () => `${API_V1}/cities`,
  cityHome: (id: CityId | string) => `${city(id)}/home`,
  busLines: (id: CityId | string) => `${city(id)}/bus/lines`,
  busLine: (id: CityId | string, lineId: string) => `${city(id)}/bus/lines/${encodeURIComponent(lineId)}`,
  busArrivals: (id: CityId | string) => `${city(id)}/bus/arrivals`,
  traffic: (id: CityId | string) => `${city(id)}/traffic`,
  weather: (id: CityId | string) => `${city(id)}/weather`,
  socialInsuranceSummary: (id: CityId | string) => `${city(id)}/social-insurance/summary`,
  socialInsuranceContributions: (id: CityId | string) => `${city(id)}/social-insurance/contributions`,
  socialInsuranceYearly: (id: CityId | string) => `${city(id)}/social-insurance/yearly`,
  residentMedical: (id: CityId | string) => `${city(id)}/social-insurance/resident-medical`,
  residentMedicalPayments: (id: CityId | string) => `${city(id)}/social-insurance/resident-medical/payments`,
  providentFundSummary: (id: CityId | string) => `${city(id)}/provident-fund/summary`,
  providentFundDeposits: (id: CityId | string) => `${city(id)}/provident-fund/deposits`,
  providentFundLoanEstimate: (id: CityId | string) => `${city(id)}/provident-fund/loan-estimate`,
  personalTaxAnnual: (id: CityId | string) => `${city(id)}/personal-tax/annual`,
  housingCertificate: (id: CityId | string, certificateNo: string) => `${city(id)}/housing/certificates/${encodeURIComponent(certificateNo)}`,
  schoolEnrollmentPolicy: (id: CityId | string) => `${city(id)}/school-enrollment/policy`,
  schoolEnrollmentSchools: (id: CityId | string) => `${city(id)}/school-enrollment/schools`,
  vaccinationRecords: (id: CityId | string) => `${city(id)}/vaccination/records`,
  vaccinationClinics: (id: CityId | string) => `${city(id)}/vaccination/clinics`,
  vaccinationSlots: (id: CityId | string, clinicId: string) => `${city(id)}/vaccination/clinics/${encodeURIComponent(clinicId)}/slots`,
  vaccinationAppointments: (id: CityId | string) => `${city(id)}/vaccination/appointments`,
  myAppointments: () => `${API_V1}/me/appointments`,
  myAppointment: (appointmentId: string) => `${API_V1}/me/appointments/${encodeURIComponent(appointmentId)}`,
  ratings: (id: CityId | string) => `${city(id)}/ratings`,
  myRatings: () => `${API_V1}/me/ratings`,
  authWechat: () => `${API_V1}/auth/wechat`,
  authSmsSend: () => `${API_V1}/auth/sms/send`,
  authSmsVerify: () => `${API_V1}/auth/sms/verify`,
  authRefresh: () => `${API_V1}/auth/refresh`,
  authLogout: () => `${API_V1}/auth/logout`,
  me: () => `${API_V1}/me`,
  mePrivacy: () => `${API_V1}/me/privacy`,
  meIdentity: () => `${API_V1}/me/identity`,
  meFamily: () => `${API_V1}/me/family`,
  meFamilyMember: (id: string) => `${API_V1}/me/family/${encodeURIComponent(id)}`,
} as const;
