import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { AuthModule } from './auth/auth.module';
import { BusModule } from './bus/bus.module';
import { CitiesModule } from './cities/cities.module';
import { ConsultationsModule } from './consultations/consultations.module';
import { APP_CONFIG, type AppConfig } from './config/app-config';
import { dataSourceOptions } from './database/data-source-options';
import { HealthModule } from './health/health.module';
import { HousingModule } from './housing/housing.module';
import { MeModule } from './me/me.module';
import { NotificationsModule } from './notifications/notifications.module';
import { PersonalDataModule } from './personal-data/personal-data.module';
import { PersonalTaxModule } from './personal-tax/personal-tax.module';
import { SchoolEnrollmentModule } from './school-enrollment/school-enrollment.module';
import { ProvidentFundModule } from './provident-fund/provident-fund.module';
import { SocialInsuranceModule } from './social-insurance/social-insurance.module';
import { VaccinationModule } from './vaccination/vaccination.module';
import { RatingsModule } from './ratings/ratings.module';
import { LettersModule } from './letters/letters.module';
import type { Logger as PinoLogger } from 'pino';
import { loggerOptions } from './logging/logger-options';
import { TrafficModule } from './traffic/traffic.module';
import { UpstreamModule } from './upstream/upstream.module';
import { WeatherModule } from './weather/weather.module';
import { StaffModule } from './staff/staff.module';
import { WorkbenchModule } from './workbench/workbench.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, logger: PinoLogger): DynamicModule {
    return {
      module: AppModule,
      global: true,
      imports: [
        LoggerModule.forRoot(loggerOptions(logger)),
        TypeOrmModule.forRoot({ ...dataSourceOptions(config.database), retryAttempts: config.env === 'test' ? 0 : 5, retryDelay: 1000 }),
        UpstreamModule,
        PersonalDataModule,
        CitiesModule,
        BusModule,
        TrafficModule,
        WeatherModule,
        HealthModule,
        AuthModule,
        MeModule,
        SocialInsuranceModule,
        VaccinationModule,
        RatingsModule,
        ProvidentFundModule,
        PersonalTaxModule,
        HousingModule,
        SchoolEnrollmentModule,
        LettersModule,
        ConsultationsModule,
        NotificationsModule,
        StaffModule,
        WorkbenchModule,
      ],
      providers: [{ provide: APP_CONFIG, useValue: config }],
      exports: [APP_CONFIG],
    };
  }
}
