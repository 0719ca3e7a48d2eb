import { Controller, Get, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { CitiesResponse, CityHomeResponse } from '@portal/shared';
import { ErrorEnvelopeDto } from '../common/error-envelope.dto';
import { RequestId } from '../common/request-context';
import { CitiesResponseDto, CityHomeResponseDto } from './cities.dto';
import { CitiesService } from './cities.service';
import { PublicCache } from '../http-cache/public-cache.decorator';

@ApiTags('cities')
@Controller('v1/cities')
export class CitiesController {
  constructor(private readonly cities: CitiesService) {}

  @Get()
  @PublicCache(3600)
  @ApiOperation({ summary: 'The cities with their portal catalogs' })
  @ApiOkResponse({ type: CitiesResponseDto })
  listCities(): CitiesResponse {
    return this.cities.listCities();
  }

  @Get(':city/home')
  @PublicCache(30)
  @ApiOperation({ summary: 'What the first screen needs, in one request: catalog, weather, traffic summary' })
  @ApiOkResponse({ type: CityHomeResponseDto })
  @ApiNotFoundResponse({ type: ErrorEnvelopeDto, description: 'CITY_NOT_FOUND' })
  getHome(@Param('city') city: string, @RequestId() requestId: string): Promise<CityHomeResponse> {
    return this.cities.getHome(city, requestId);
  }
}
