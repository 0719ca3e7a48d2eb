import { ApiProperty } from '@nestjs/swagger';
import type { Freshness, LocalizedText } from '@portal/shared';

export class FreshnessDto implements Freshness {
  @ApiProperty({ description: "true: the city's system failed and this is the last good answer" }) stale: boolean;
  @ApiProperty({ example: '2026-03-02T00:15:00.000Z', description: 'When the upstream answered' }) updatedAt: string;
}

export class LocalizedTextDto implements LocalizedText {
  @ApiProperty({ example: '实时公交' }) zh: string;
  @ApiProperty({ example: 'Bus arrivals' }) en: string;
}
