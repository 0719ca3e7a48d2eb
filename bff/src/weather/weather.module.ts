import { Module } from '@nestjs/common';
import { ChengduWeatherClient } from './clients/chengdu-weather.client';
import { ShanghaiWeatherClient } from './clients/shanghai-weather.client';
import { WeatherController } from './weather.controller';
import { WeatherService } from './weather.service';
import { WEATHER_UPSTREAMS, type WeatherUpstream } from './weather.upstream';

@Module({
  controllers: [WeatherController],
  providers: [
    ShanghaiWeatherClient,
    ChengduWeatherClient,
    {
      provide: WEATHER_UPSTREAMS,
      useFactory: (...clients: WeatherUpstream[]) => new Map(clients.map((c) => [c.service, c])),
      inject: [ShanghaiWeatherClient, ChengduWeatherClient],
    },
    WeatherService,
  ],
  exports: [WeatherService],
})
export class WeatherModule {}
