import { Controller, Get, Header, Param, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import {
  PROVIDENT_FUND_MONTHS_MAX,
  type LoanEstimate,
  type ProvidentFundBalanceHistory,
  type ProvidentFundDepositsResponse,
  type ProvidentFundSummary,
} from '@portal/shared';
import { CitizenId } from '../auth/auth.guard';
import { PersonalEndpoints } from '../auth/personal-endpoints.decorator';
import { ErrorEnvelopeDto } from '../common/error-envelope.dto';
import { RequestId } from '../common/request-context';
import {
  LoanEstimateDto,
  LoanEstimateQueryDto,
  ProvidentFundBalanceHistoryDto,
  ProvidentFundDepositsQueryDto,
  ProvidentFundDepositsResponseDto,
  ProvidentFundSummaryDto,
} from './provident-fund.dto';
import { ProvidentFundService } from './provident-fund.service';

@ApiTags('provident-fund')
@PersonalEndpoints('no account in this city')
@Controller('v1/cities/:city/provident-fund')
export class ProvidentFundController {
  constructor(private readonly providentFund: ProvidentFundService) {}

  @Get('summary')
  @Header('Cache-Control', 'private, no-store')
  @ApiOperation({ summary: 'My account: balance, monthly deposit (personal and employer), rate, status, opened on' })
  @ApiOkResponse({ type: ProvidentFundSummaryDto })
  getSummary(@Param('city') city: string, @CitizenId() userId: string, @RequestId() requestId: string): Promise<ProvidentFundSummary> {
    return this.providentFund.getSummary(city, userId, requestId);
  }

  @Get('deposits')
  @Header('Cache-Control', 'private, no-store')
  @ApiOperation({ summary: 'My latest deposits, newest first (within the last 24 months)' })
  @ApiOkResponse({ type: ProvidentFundDepositsResponseDto })
  @ApiBadRequestResponse({ type: ErrorEnvelopeDto, description: 'VALIDATION_FAILED: months' })
  getDeposits(
    @Param('city') city: string,
    @Query() query: ProvidentFundDepositsQueryDto,
    @CitizenId() userId: string,
    @RequestId() requestId: string,
  ): Promise<ProvidentFundDepositsResponse> {
    return this.providentFund.getDeposits(city, userId, query.months ?? PROVIDENT_FUND_MONTHS_MAX, requestId);
  }

  @Get('balances')
  @Header('Cache-Control', 'private, no-store')
  @ApiOperation({
    summary: 'My balance at each year end since the account opened, oldest first, with the year’s deposits, interest and withdrawals',
    description: 'The last point is this year so far; its balance is the summary’s balance.',
  })
  @ApiOkResponse({ type: ProvidentFundBalanceHistoryDto })
  getBalances(@Param('city') city: string, @CitizenId() userId: string, @RequestId() requestId: string): Promise<ProvidentFundBalanceHistory> {
    return this.providentFund.getBalances(city, userId, requestId);
  }

  @Get('loan-estimate')
  @Header('Cache-Control', 'private, no-store')
  @ApiOperation({
    summary: 'A loan estimate by the city’s published rules',
    description:
      'The most I can borrow (the city’s cap for the home and number of earners, and my balance × the city’s multiple, whichever is lower; ' +
      'nothing on a sealed account or with too few deposit months), and equal monthly instalments for the term at the city’s rate.',
  })
  @ApiOkResponse({ type: LoanEstimateDto })
  @ApiBadRequestResponse({ type: ErrorEnvelopeDto, description: 'VALIDATION_FAILED: earners, home, years, amount' })
  estimateLoan(
    @Param('city') city: string,
    @Query() query: LoanEstimateQueryDto,
    @CitizenId() userId: string,
    @RequestId() requestId: string,
  ): Promise<LoanEstimate> {
    return this.providentFund.estimateLoan(city, userId, query, requestId);
  }
}
