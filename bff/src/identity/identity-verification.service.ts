import { Injectable } from '@nestjs/common';
import { validateIdentityNumber } from '@portal/shared';
import { AppException } from '../common/app-exception';
import { PersonalDataCipher } from '../personal-data/personal-data.cipher';
import { IdentityCheckClient } from './clients/identity-check.client';

export interface SealedIdentity {
  nameEnc: string;
  numberEnc: string;
  numberHash: string;
  verifiedAt: Date;
}

/** A name and identity number checked with the public-security service, then sealed for storage. */
@Injectable()
export class IdentityVerificationService {
  constructor(
    private readonly check: IdentityCheckClient,
    private readonly cipher: PersonalDataCipher,
  ) {}

  numberHash(idNumber: string): string {
    return this.cipher.lookupHash('identity', this.normalize(idNumber));
  }

  async verifyAndSeal(name: string, idNumber: string, requestId?: string): Promise<SealedIdentity> {
    const number = this.normalize(idNumber);
    const result = await this.check.verify(name, number, requestId);
    if (result !== 'match') {
      throw new AppException(
        400,
        'IDENTITY_MISMATCH',
        'The name and identity number do not match the public-security record. Check both as on the identity card.',
        [
          { field: 'name', rule: 'identityMismatch', message: 'Check the name as on the identity card.' },
          { field: 'idNumber', rule: 'identityMismatch', message: 'Check the identity number as on the identity card.' },
        ],
      );
    }
    return {
      nameEnc: this.cipher.encrypt(name),
      numberEnc: this.cipher.encrypt(number),
      numberHash: this.cipher.lookupHash('identity', number),
      verifiedAt: new Date(),
    };
  }

  private normalize(idNumber: string): string {
    const result = validateIdentityNumber(idNumber);
    if (!result.valid) throw AppException.field('idNumber', 'isIdentityNumber', 'The identity number is not valid.');
    return result.normalized;
  }
}
