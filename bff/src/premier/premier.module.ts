import { Module } from '@nestjs/common';
import { NationalGovMessageClient } from './national-gov-message.client';

/** The national government message channel ("I Say a Word to the Premier"), one upstream client. */
@Module({ providers: [NationalGovMessageClient], exports: [NationalGovMessageClient] })
export class PremierModule {}
