import 'reflect-metadata';
import multipart from '@fastify/multipart';
import { LETTER_RULES } from '@portal/shared';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { IncomingMessage } from 'node:http';
import fastifyStatic from '@fastify/static';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { ErrorEnvelopeFilter } from './common/error-envelope.filter';
import { generateRequestId } from './common/request-context';
import { createValidationPipe } from './common/validation';
import { registerPublicResponseCache } from './http-cache/public-response-cache';
import type { DestinationStream } from 'pino';
import type { AppConfig } from './config/app-config';
import { createRootLogger, logRequests } from './logging/logger-options';

/** Builds the whole BFF (used by main.ts, the tests and the benchmark alike). */
export interface CreateAppOptions {
  /** Where log lines go (stdout by default); tests capture them here. */
  logDestination?: DestinationStream;
}

export async function createApp(config: AppConfig, options: CreateAppOptions = {}): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: config.bodyLimitBytes,
    trustProxy: config.trustProxy,
    genReqId: (req: IncomingMessage) => {
      const id = generateRequestId(req);
      (req as IncomingMessage & { id: string }).id = id;
      return id;
    },
    logger: false,
  });
  const logger = createRootLogger(config, options.logDestination);
  // Registered before Nest adds its middleware, so a cached public answer skips the whole pipeline.
  if (config.upstream.cache) {
    registerPublicResponseCache(adapter.getInstance(), {
      maxEntries: 5000,
      // However long a route says, a whole answer is kept at most 30 s (or the test override).
      maxTtlMs: config.upstream.cacheTtlOverrideMs ?? 30_000,
    });
  }
  logRequests(adapter.getInstance(), logger);
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config, logger), adapter, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.setGlobalPrefix('api');
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ErrorEnvelopeFilter());

  const fastify = app.getHttpAdapter().getInstance();
  // Multipart bodies (letter photos) are read only by the routes that ask for them, up to the photo limit.
  await app.register(multipart as unknown as Parameters<NestFastifyApplication['register']>[0], {
    limits: { fileSize: LETTER_RULES.maxPhotoBytes, files: 1, fields: 0, parts: 2 },
  });
  fastify.addHook('onSend', async (request, reply) => {
    void reply.header('x-request-id', request.id);
  });
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('City Service Portal API')
      .setDescription('The BFF in front of the municipal systems of Shanghai, Chengdu and Yinchuan. Every error is `{ code, message, details?, requestId }`.')
      .setVersion('1')
      .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'Staff access token from POST /api/v1/staff/auth/login (a citizen token is refused)' }, 'staff-bearer')
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });

  await serveH5(app, config.h5Dir);
  app.enableShutdownHooks();
  return app;
}

/** The H5 build on the same port as the API: `/` is the portal, `/api/...` the API. */
async function serveH5(app: NestFastifyApplication, h5Dir: string): Promise<void> {
  const fastify = app.getHttpAdapter().getInstance();
  if (!existsSync(join(h5Dir, 'index.html'))) {
    fastify.get('/', async (_request, reply) =>
      reply
        .type('text/html; charset=utf-8')
        .send('<!doctype html><html lang="en"><title>Portal</title><p>The H5 app is not built yet. Run <code>npm run build:h5</code>, then reload. The API is at <a href="/api/docs">/api/docs</a>.</p></html>'),
    );
    return;
  }
  await app.register(fastifyStatic, {
    root: h5Dir,
    prefix: '/',
    decorateReply: false,
    wildcard: true,
    index: ['index.html'],
    cacheControl: false,
    setHeaders: (res, filePath) => {
      res.setHeader('cache-control', filePath.endsWith('.html') ? 'no-cache' : 'public, max-age=31536000, immutable');
    },
  });
}
