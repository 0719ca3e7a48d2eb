import { Module } from '@nestjs/common';
import { BusController } from './bus.controller';
import { BusService } from './bus.service';
import { BUS_UPSTREAMS, type BusUpstream } from './bus.upstream';
import { ChengduBusClient } from './clients/chengdu-bus.client';
import { ShanghaiBusClient } from './clients/shanghai-bus.client';

@Module({
  controllers: [BusController],
  providers: [
    ShanghaiBusClient,
    ChengduBusClient,
    {
      provide: BUS_UPSTREAMS,
      useFactory: (...clients: BusUpstream[]) => new Map(clients.map((c) => [c.service, c])),
      inject: [ShanghaiBusClient, ChengduBusClient],
    },
    BusService,
  ],
})
export class BusModule {}
