import { Body, Controller, Get, Header, Param, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { RatingsResponse, ServiceRating } from '@portal/shared';
import { AuthGuard, CitizenId } from '../auth/auth.guard';
import { ErrorEnvelopeDto } from '../common/error-envelope.dto';
import { RateServiceRequestDto, ServiceRatingDto } from './ratings.dto';
import { RatingsService } from './ratings.service';

@ApiTags('ratings')
@ApiBearerAuth()
@UseGuards(AuthGuard)
@Controller('v1')
export class RatingsController {
  constructor(private readonly ratings: RatingsService) {}

  @Post('cities/:city/ratings')
  @ApiOperation({ summary: 'Rate a completed service (once per case); a bad review opens a follow-up due in 15 working days' })
  @ApiCreatedResponse({ type: ServiceRatingDto })
  @ApiConflictResponse({ type: ErrorEnvelopeDto, description: 'ALREADY_RATED' })
  rate(@Param('city') city: string, @Body() body: RateServiceRequestDto, @CitizenId() userId: string): Promise<ServiceRating> {
    return this.ratings.rate(city, userId, body);
  }

  @Get('me/ratings')
  @Header('Cache-Control', 'private, no-store')
  @ApiOperation({ summary: 'My ratings and what became of them' })
  @ApiOkResponse({ type: [ServiceRatingDto] })
  async listMine(@CitizenId() userId: string): Promise<RatingsResponse> {
    return { ratings: await this.ratings.listMine(userId) };
  }
}
