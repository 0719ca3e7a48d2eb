import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  BUS_DIRECTIONS,
  BUS_ID_MAX,
  BUS_LINE_QUERY_MAX,
  CITY_IDS,
  type BusArrival,
  type BusArrivalsQuery,
  type BusArrivalsResponse,
  type BusDirection,
  type BusLineDirection,
  type BusLineResponse,
  type BusLineSummary,
  type BusStop,
  type CityId,
  type SearchBusLinesQuery,
  type SearchBusLinesResponse,
} from '@portal/shared';
import { Transform } from 'class-transformer';
import { IsIn, IsString, Length, Matches } from 'class-validator';
import { FreshnessDto } from '../common/freshness.dto';

const ID_PATTERN = /^[A-Za-z0-9_-]+$/;
const NO_CONTROL_CHARACTERS = /^[^\u0000-\u001f\u007f<>]+$/;

/** Reusable: an id as the cities issue them (letters, digits, - and _). */
function BusId(field: string): PropertyDecorator {
  return (target, key) => {
    IsString({ message: `${field} must be text` })(target, key);
    Length(1, BUS_ID_MAX, { message: `${field} must be 1 to ${BUS_ID_MAX} characters` })(target, key);
    Matches(ID_PATTERN, { message: `${field} may contain only letters, digits, - and _` })(target, key);
    ApiProperty({ example: field === 'stopId' ? 'SH0071-U03' : 'SH0071', maxLength: BUS_ID_MAX, pattern: ID_PATTERN.source })(target, key);
  };
}

export class SearchBusLinesQueryDto implements SearchBusLinesQuery {
  @IsString({ message: 'q must be text' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @Length(1, BUS_LINE_QUERY_MAX, { message: `q must be 1 to ${BUS_LINE_QUERY_MAX} characters, e.g. 71 or 71路` })
  @Matches(NO_CONTROL_CHARACTERS, { message: 'q may not contain control characters or < >' })
  @ApiProperty({ example: '71', description: 'Part of a line name', maxLength: BUS_LINE_QUERY_MAX })
  q: string;
}

export class BusLineParamsDto {
  @IsString()
  city: string;

  @BusId('lineId')
  lineId: string;
}

export class BusArrivalsQueryDto implements BusArrivalsQuery {
  @BusId('lineId')
  lineId: string;

  @BusId('stopId')
  stopId: string;

  @Transform(({ value }) => (value === '0' ? 0 : value === '1' ? 1 : value))
  @IsIn(BUS_DIRECTIONS, { message: 'direction must be 0 (outbound) or 1 (inbound)' })
  @ApiProperty({ enum: BUS_DIRECTIONS, description: '0: outbound, 1: inbound' })
  direction: BusDirection;
}

export class BusLineSummaryDto implements BusLineSummary {
  @ApiProperty({ example: 'SH0071' }) id: string;
  @ApiProperty({ example: '71路' }) name: string;
  @ApiProperty() from: string;
  @ApiProperty() to: string;
  @ApiProperty({ example: '05:00' }) firstBus: string;
  @ApiProperty({ example: '23:00' }) lastBus: string;
}

export class SearchBusLinesResponseDto extends FreshnessDto implements SearchBusLinesResponse {
  @ApiProperty({ enum: CITY_IDS }) city: CityId;
  @ApiProperty({ type: [BusLineSummaryDto] }) lines: BusLineSummaryDto[];
}

export class BusStopDto implements BusStop {
  @ApiProperty() id: string;
  @ApiProperty({ example: '延安东路外滩' }) name: string;
  @ApiProperty({ example: 1 }) seq: number;
}

export class BusLineDirectionDto implements BusLineDirection {
  @ApiProperty({ enum: BUS_DIRECTIONS }) direction: BusDirection;
  @ApiProperty() from: string;
  @ApiProperty() to: string;
  @ApiProperty() firstBus: string;
  @ApiProperty() lastBus: string;
  @ApiProperty({ type: [BusStopDto] }) stops: BusStopDto[];
}

export class BusLineResponseDto extends FreshnessDto implements BusLineResponse {
  @ApiProperty({ enum: CITY_IDS }) city: CityId;
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: [BusLineDirectionDto] }) directions: BusLineDirectionDto[];
}

export class BusArrivalDto implements BusArrival {
  @ApiPropertyOptional({ example: '沪B-12345' }) plate?: string;
  @ApiProperty({ example: 3 }) stopsAway: number;
  @ApiProperty({ example: 1800 }) distanceMeters: number;
  @ApiProperty({ example: 6 }) minutes: number;
}

export class BusArrivalsResponseDto extends FreshnessDto implements BusArrivalsResponse {
  @ApiProperty({ enum: CITY_IDS }) city: CityId;
  @ApiProperty() lineId: string;
  @ApiProperty() lineName: string;
  @ApiProperty() stopId: string;
  @ApiProperty() stopName: string;
  @ApiProperty({ enum: BUS_DIRECTIONS }) direction: BusDirection;
  @ApiProperty({ type: [BusArrivalDto], description: 'Soonest first; empty outside service hours' }) arrivals: BusArrivalDto[];
}
