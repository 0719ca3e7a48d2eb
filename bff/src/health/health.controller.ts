import { Controller, Get, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { HealthResponse } from '@portal/shared';
import type { FastifyReply } from 'fastify';
import { HealthService } from './health.service';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get()
  @ApiOperation({ summary: 'The database and each upstream. 200 while the database answers (upstream trouble is "degraded"), else 503.' })
  @ApiOkResponse({ description: 'ok or degraded' })
  @ApiServiceUnavailableResponse({ description: 'the database does not answer' })
  async check(@Res({ passthrough: true }) reply: FastifyReply): Promise<HealthResponse> {
    const result = await this.health.check();
    if (result.status === 'error') void reply.status(503);
    return result;
  }
}
