import { Controller, Get, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { TrafficResponse } from '@portal/shared';
import { ErrorEnvelopeDto } from '../common/error-envelope.dto';
import { RequestId } from '../common/request-context';
import { TrafficResponseDto } from './traffic.dto';
import { TrafficService } from './traffic.service';
import { PublicCache } from '../http-cache/public-cache.decorator';

@ApiTags('traffic')
@Controller('v1/cities/:city/traffic')
export class TrafficController {
  constructor(private readonly traffic: TrafficService) {}

  @Get()
  @PublicCache(30)
  @ApiOperation({ summary: 'Congestion by road section, and incidents' })
  @ApiOkResponse({ type: TrafficResponseDto })
  @ApiNotFoundResponse({ type: ErrorEnvelopeDto, description: 'CITY_NOT_FOUND, SERVICE_NOT_IN_CITY' })
  @ApiServiceUnavailableResponse({ type: ErrorEnvelopeDto, description: 'UPSTREAM_UNAVAILABLE' })
  getTraffic(@Param('city') city: string, @RequestId() requestId: string): Promise<TrafficResponse> {
    return this.traffic.getTraffic(city, requestId);
  }
}
