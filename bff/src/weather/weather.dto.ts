import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CITY_IDS,
  WEATHER_CONDITIONS,
  type CityId,
  type CurrentWeather,
  type ForecastDay,
  type WeatherCondition,
  type WeatherResponse,
} from '@portal/shared';
import { FreshnessDto } from '../common/freshness.dto';

export class CurrentWeatherDto implements CurrentWeather {
  @ApiProperty({ enum: WEATHER_CONDITIONS }) condition: WeatherCondition;
  @ApiProperty({ example: 18 }) temperatureC: number;
  @ApiProperty({ example: 62, minimum: 0, maximum: 100 }) humidityPercent: number;
  @ApiProperty({ example: '东南风' }) windDirection: string;
  @ApiProperty({ example: 3, description: 'Beaufort scale' }) windScale: number;
  @ApiPropertyOptional({ example: 48 }) aqi?: number;
}

export class ForecastDayDto implements ForecastDay {
  @ApiProperty({ example: '2026-03-02' }) date: string;
  @ApiProperty({ enum: WEATHER_CONDITIONS }) condition: WeatherCondition;
  @ApiProperty({ example: 21 }) highC: number;
  @ApiProperty({ example: 12 }) lowC: number;
}

export class WeatherResponseDto extends FreshnessDto implements WeatherResponse {
  @ApiProperty({ enum: CITY_IDS }) city: CityId;
  @ApiProperty({ type: CurrentWeatherDto }) current: CurrentWeatherDto;
  @ApiProperty({ type: [ForecastDayDto], description: 'Today and the next two days' }) forecast: ForecastDayDto[];
}
