import { Module } from '@nestjs/common';
import { TrafficModule } from '../traffic/traffic.module';
import { WeatherModule } from '../weather/weather.module';
import { CitiesController } from './cities.controller';
import { CitiesService } from './cities.service';

@Module({ imports: [WeatherModule, TrafficModule], controllers: [CitiesController], providers: [CitiesService] })
export class CitiesModule {}
