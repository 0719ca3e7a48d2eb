import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { BusArrivalsResponse, BusLineResponse, SearchBusLinesResponse } from '@portal/shared';
import { ErrorEnvelopeDto } from '../common/error-envelope.dto';
import { RequestId } from '../common/request-context';
import {
  BusArrivalsQueryDto,
  BusArrivalsResponseDto,
  BusLineParamsDto,
  BusLineResponseDto,
  SearchBusLinesQueryDto,
  SearchBusLinesResponseDto,
} from './bus.dto';
import { BusService } from './bus.service';
import { PublicCache } from '../http-cache/public-cache.decorator';

@ApiTags('bus')
@ApiBadRequestResponse({ type: ErrorEnvelopeDto, description: 'VALIDATION_FAILED, with the field named' })
@ApiNotFoundResponse({ type: ErrorEnvelopeDto, description: 'CITY_NOT_FOUND, SERVICE_NOT_IN_CITY, BUS_LINE_NOT_FOUND, BUS_STOP_NOT_FOUND' })
@ApiServiceUnavailableResponse({ type: ErrorEnvelopeDto, description: "UPSTREAM_UNAVAILABLE: the city's system is down and nothing is cached" })
@Controller('v1/cities/:city/bus')
export class BusController {
  constructor(private readonly bus: BusService) {}

  @Get('lines')
  @PublicCache(300)
  @ApiOperation({ summary: 'Search bus lines by name' })
  @ApiOkResponse({ type: SearchBusLinesResponseDto })
  searchLines(@Param('city') city: string, @Query() query: SearchBusLinesQueryDto, @RequestId() requestId: string): Promise<SearchBusLinesResponse> {
    return this.bus.searchLines(city, query.q, requestId);
  }

  @Get('lines/:lineId')
  @PublicCache(600)
  @ApiOperation({ summary: 'A line with its stops in both directions' })
  @ApiOkResponse({ type: BusLineResponseDto })
  getLine(@Param() params: BusLineParamsDto, @RequestId() requestId: string): Promise<BusLineResponse> {
    return this.bus.getLine(params.city, params.lineId, requestId);
  }

  @Get('arrivals')
  @PublicCache(10)
  @ApiOperation({ summary: 'The next buses at a stop: stops away, distance, minutes' })
  @ApiOkResponse({ type: BusArrivalsResponseDto })
  getArrivals(@Param('city') city: string, @Query() query: BusArrivalsQueryDto, @RequestId() requestId: string): Promise<BusArrivalsResponse> {
    return this.bus.getArrivals(city, query, requestId);
  }
}
