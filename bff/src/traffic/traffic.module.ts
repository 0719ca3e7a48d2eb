import { Module } from '@nestjs/common';
import { ChengduTrafficClient } from './clients/chengdu-traffic.client';
import { ShanghaiTrafficClient } from './clients/shanghai-traffic.client';
import { TrafficController } from './traffic.controller';
import { TrafficService } from './traffic.service';
import { TRAFFIC_UPSTREAMS, type TrafficUpstream } from './traffic.upstream';

@Module({
  controllers: [TrafficController],
  providers: [
    ShanghaiTrafficClient,
    ChengduTrafficClient,
    {
      provide: TRAFFIC_UPSTREAMS,
      useFactory: (...clients: TrafficUpstream[]) => new Map(clients.map((c) => [c.service, c])),
      inject: [ShanghaiTrafficClient, ChengduTrafficClient],
    },
    TrafficService,
  ],
  exports: [TrafficService],
})
export class TrafficModule {}
