import { Controller, Get, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { WeatherResponse } from '@portal/shared';
import { ErrorEnvelopeDto } from '../common/error-envelope.dto';
import { RequestId } from '../common/request-context';
import { WeatherResponseDto } from './weather.dto';
import { WeatherService } from './weather.service';
import { PublicCache } from '../http-cache/public-cache.decorator';

@ApiTags('weather')
@Controller('v1/cities/:city/weather')
export class WeatherController {
  constructor(private readonly weather: WeatherService) {}

  @Get()
  @PublicCache(300)
  @ApiOperation({ summary: 'Current weather and a 3-day forecast' })
  @ApiOkResponse({ type: WeatherResponseDto })
  @ApiNotFoundResponse({ type: ErrorEnvelopeDto, description: 'CITY_NOT_FOUND, SERVICE_NOT_IN_CITY' })
  @ApiServiceUnavailableResponse({ type: ErrorEnvelopeDto, description: 'UPSTREAM_UNAVAILABLE' })
  getWeather(@Param('city') city: string, @RequestId() requestId: string): Promise<WeatherResponse> {
    return this.weather.getWeather(city, requestId);
  }
}
