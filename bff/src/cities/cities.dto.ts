import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CITY_IDS,
  PORTAL_PAGES,
  UPSTREAM_SERVICES,
  type City,
  type CitiesResponse,
  type CityHomeResponse,
  type CityId,
  type Portal,
  type PortalGroup,
  type PortalPage,
  type PortalStatus,
  type UpstreamService,
} from '@portal/shared';
import { LocalizedTextDto } from '../common/freshness.dto';
import { TrafficSummaryDto } from '../traffic/traffic.dto';
import { WeatherResponseDto } from '../weather/weather.dto';

export class PortalDto implements Portal {
  @ApiProperty({ example: 'bus' }) id: string;
  @ApiProperty({ type: LocalizedTextDto }) name: LocalizedTextDto;
  @ApiProperty({ example: 'bus' }) icon: string;
  @ApiProperty({ enum: PORTAL_PAGES }) page: PortalPage;
  @ApiPropertyOptional() channel?: string;
  @ApiProperty({ enum: ['available', 'planned'] }) status: PortalStatus;
  @ApiPropertyOptional({ enum: UPSTREAM_SERVICES }) upstream?: UpstreamService;
}

export class PortalGroupDto implements PortalGroup {
  @ApiProperty() id: string;
  @ApiProperty({ type: LocalizedTextDto }) name: LocalizedTextDto;
  @ApiProperty({ type: LocalizedTextDto }) account: LocalizedTextDto;
  @ApiProperty({ type: [PortalDto] }) portals: PortalDto[];
}

export class CityDto implements City {
  @ApiProperty({ enum: CITY_IDS }) id: CityId;
  @ApiProperty({ type: LocalizedTextDto }) name: LocalizedTextDto;
  @ApiProperty({ type: LocalizedTextDto }) tagline: LocalizedTextDto;
  @ApiProperty({ type: [PortalGroupDto] }) groups: PortalGroupDto[];
}

export class CitiesResponseDto implements CitiesResponse {
  @ApiProperty({ type: [CityDto] }) cities: CityDto[];
}

export class CityHomeResponseDto implements CityHomeResponse {
  @ApiProperty({ type: CityDto }) city: CityDto;
  @ApiProperty({ type: WeatherResponseDto, nullable: true }) weather: WeatherResponseDto | null;
  @ApiProperty({ type: TrafficSummaryDto, nullable: true }) traffic: TrafficSummaryDto | null;
}
