import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CITY_IDS,
  CONGESTION_LEVELS,
  INCIDENT_KINDS,
  type CityId,
  type CongestionLevel,
  type IncidentKind,
  type RoadSection,
  type TrafficIncident,
  type TrafficResponse,
  type TrafficSummary,
} from '@portal/shared';
import { FreshnessDto } from '../common/freshness.dto';

export class RoadSectionDto implements RoadSection {
  @ApiProperty() id: string;
  @ApiProperty({ example: '延安高架路' }) road: string;
  @ApiProperty() from: string;
  @ApiProperty() to: string;
  @ApiProperty({ enum: CONGESTION_LEVELS }) level: CongestionLevel;
  @ApiPropertyOptional({ example: 32 }) speedKmh?: number;
}

export class TrafficIncidentDto implements TrafficIncident {
  @ApiProperty() id: string;
  @ApiProperty({ enum: INCIDENT_KINDS }) kind: IncidentKind;
  @ApiProperty() road: string;
  @ApiProperty() description: string;
  @ApiProperty() startsAt: string;
  @ApiPropertyOptional() endsAt?: string;
}

export class TrafficSummaryDto extends FreshnessDto implements TrafficSummary {
  @ApiProperty({ enum: CITY_IDS }) city: CityId;
  @ApiProperty({ enum: CONGESTION_LEVELS }) overall: CongestionLevel;
  @ApiProperty() congestedSections: number;
  @ApiProperty() totalSections: number;
  @ApiProperty() incidents: number;
}

export class TrafficResponseDto extends FreshnessDto implements TrafficResponse {
  @ApiProperty({ enum: CITY_IDS }) city: CityId;
  @ApiProperty({ type: TrafficSummaryDto }) summary: TrafficSummaryDto;
  @ApiProperty({ type: [RoadSectionDto] }) sections: RoadSectionDto[];
  @ApiProperty({ type: [TrafficIncidentDto] }) incidents: TrafficIncidentDto[];
}
