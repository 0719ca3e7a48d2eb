import { Injectable } from '@nestjs/common';
import { AppException } from '../common/app-exception';
import { PersonalDataCipher } from '../personal-data/personal-data.cipher';
import { UsersRepository } from '../users/users.repository';

/** The signed-in citizen's verified identity number, for the personal services that are queried by it. */
@Injectable()
export class CitizenIdentityService {
  constructor(
    private readonly users: UsersRepository,
    private readonly cipher: PersonalDataCipher,
  ) {}

  async requireIdentityNumber(userId: string): Promise<string> {
    return (await this.requireIdentity(userId)).idNumber;
  }

  /** The verified real name too, for the services that answer by name (a property's owners). */
  async requireIdentity(userId: string): Promise<{ name: string; idNumber: string }> {
    const user = await this.users.findById(userId);
    if (!user) throw AppException.unauthorized('SESSION_EXPIRED');
    if (!user.identityNumberEnc || !user.identityNameEnc) {
      throw new AppException(403, 'IDENTITY_NOT_VERIFIED', 'Please complete the real-name binding first: this service is queried by your identity number.');
    }
    return { name: this.cipher.decrypt(user.identityNameEnc), idNumber: this.cipher.decrypt(user.identityNumberEnc) };
  }
}
