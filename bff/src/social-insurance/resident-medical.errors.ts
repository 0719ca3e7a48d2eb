import { AppException } from '../common/app-exception';

export const notResident = () =>
  new AppException(409, 'NOT_RESIDENT_INSURED', 'You are insured through your employer, so there is no resident medical insurance to pay.');

export const alreadyPaid = () => new AppException(409, 'ALREADY_PAID', 'This year is already paid.');
