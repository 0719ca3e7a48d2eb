import { QUERY_CODE_PATTERN, TRACKING_NO_PATTERN } from '@portal/shared';

export type InquiryField = 'trackingNo' | 'queryCode';
export type InquiryProblem = 'missing' | 'bad';

/** What people type: spaces dropped, letters in capitals (the numbers are printed in capitals). */
export function normalizeInquiry(value: string): string {
  return value.replace(/[\s-]/g, '').toUpperCase();
}

export function checkInquiry(trackingNo: string, queryCode: string): Partial<Record<InquiryField, InquiryProblem>> {
  const found: Partial<Record<InquiryField, InquiryProblem>> = {};
  const no = normalizeInquiry(trackingNo);
  const code = normalizeInquiry(queryCode);
  if (!no) found.trackingNo = 'missing';
  else if (!TRACKING_NO_PATTERN.test(no)) found.trackingNo = 'bad';
  if (!code) found.queryCode = 'missing';
  else if (!QUERY_CODE_PATTERN.test(code)) found.queryCode = 'bad';
  return found;
}
