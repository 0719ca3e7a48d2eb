import { Body, Controller, Get, Header, Headers, HttpCode, Param, Post, Query, Req, Res, UseGuards } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConflictResponse,
  ApiConsumes,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiProduces,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnprocessableEntityResponse,
  ApiUnsupportedMediaTypeResponse,
} from '@nestjs/swagger';
import type { LetterView, MyLettersResponse, PublicLettersResponse, SimilarLettersResponse, SubmitLetterResponse, UploadPhotoResponse } from '@portal/shared';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AuthGuard, CitizenId } from '../auth/auth.guard';
import { PersonalEndpoints } from '../auth/personal-endpoints.decorator';
import { AppException } from '../common/app-exception';
import { ErrorEnvelopeDto } from '../common/error-envelope.dto';
import { RequestId } from '../common/request-context';
import { PublicCache } from '../http-cache/public-cache.decorator';
import { RateLimit } from '../rate-limit/rate-limit.decorator';
import { RateLimitGuard } from '../rate-limit/rate-limit.guard';
import { LetterPhotosService } from './letter-photos.service';
import {
  InquiryQueryDto,
  LetterViewDto,
  MyLettersResponseDto,
  PublicLettersQueryDto,
  PublicLettersResponseDto,
  RateLetterRequestDto,
  ReexaminationRequestDto,
  SimilarLettersQueryDto,
  SimilarLettersResponseDto,
  SubmitLetterRequestDto,
  SubmitLetterResponseDto,
  UploadPhotoResponseDto,
} from './letters.dto';
import { LettersService } from './letters.service';
import { PublicLettersService } from './public-letters.service';

@ApiTags('letters')
@Controller('v1/cities/:city/letters')
export class CityLettersController {
  constructor(
    private readonly letters: LettersService,
    private readonly publicLetters: PublicLettersService,
  ) {}

  @Post()
  @UseGuards(AuthGuard)
  @ApiBearerAuth()
  @Header('Cache-Control', 'private, no-store')
  @ApiOperation({
    summary: 'Write a letter to a department of the city, or to the Premier (channel premier)',
    description:
      'Needs a signed-in citizen with a real-name binding. The letter, its first timeline event and the department figures are stored in one transaction before the answer: an answered tracking number is never lost. The same Idempotency-Key answers the same letter (and query code); the same key with a different letter is a 422.',
  })
  @ApiHeader({ name: 'Idempotency-Key', required: true, description: '8 to 64 letters, digits, - or _; the same for every retry of this letter' })
  @ApiCreatedResponse({ type: SubmitLetterResponseDto })
  @ApiForbiddenResponse({ type: ErrorEnvelopeDto, description: 'IDENTITY_NOT_VERIFIED: complete the real-name binding first' })
  @ApiUnprocessableEntityResponse({ type: ErrorEnvelopeDto, description: 'IDEMPOTENCY_KEY_REUSED: the key was used for a different letter' })
  submit(
    @Param('city') city: string,
    @Body() body: SubmitLetterRequestDto,
    @CitizenId() citizenId: string,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
  ): Promise<SubmitLetterResponse> {
    return this.letters.submit(city, citizenId, body, idempotencyKey);
  }

  @Get('public')
  @PublicCache(30)
  @ApiOperation({ summary: 'The public answers board: published letters with their answers, newest first (keyset paging)' })
  @ApiOkResponse({ type: PublicLettersResponseDto })
  board(@Param('city') city: string, @Query() query: PublicLettersQueryDto): Promise<PublicLettersResponse> {
    return this.publicLetters.board(city, query);
  }

  @Get('similar')
  @PublicCache(30)
  @ApiOperation({ summary: 'Before sending: up to 5 published letters of the same department and topic with similar words' })
  @ApiOkResponse({ type: SimilarLettersResponseDto })
  similar(@Param('city') city: string, @Query() query: SimilarLettersQueryDto): Promise<SimilarLettersResponse> {
    return this.publicLetters.similar(city, query.departmentId, query.topic, query.text);
  }
}

@ApiTags('letters')
@Controller('v1/letters')
export class LetterInquiryController {
  constructor(
    private readonly letters: LettersService,
    private readonly photos: LetterPhotosService,
  ) {}

  @Post('photos')
  @HttpCode(201)
  @UseGuards(AuthGuard)
  @ApiBearerAuth()
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', required: ['photo'], properties: { photo: { type: 'string', format: 'binary' } } } })
  @ApiOperation({ summary: 'Upload one photo for a letter (JPEG, PNG or WebP, at most 5 MB); re-encoded, its metadata (EXIF, GPS) removed' })
  @ApiCreatedResponse({ type: UploadPhotoResponseDto })
  @ApiPayloadTooLargeResponse({ type: ErrorEnvelopeDto, description: 'PAYLOAD_TOO_LARGE: more than 5 MB' })
  @ApiUnsupportedMediaTypeResponse({ type: ErrorEnvelopeDto, description: 'UNSUPPORTED_MEDIA_TYPE: not a JPEG, PNG or WebP image, or not multipart' })
  async upload(@Req() request: FastifyRequest, @CitizenId() citizenId: string): Promise<UploadPhotoResponse> {
    const notAFile = () =>
      new AppException(415, 'UNSUPPORTED_MEDIA_TYPE', 'Send the photo as multipart/form-data in the field "photo".', [
        { field: 'photo', rule: 'isMultipartFile', message: 'Attach one image in the field "photo".' },
      ]);
    if (!request.isMultipart()) throw notAFile();
    let bytes: Buffer;
    try {
      const file = await request.file({ limits: { fileSize: LetterPhotosService.maxBytes, files: 1 } });
      if (!file || file.fieldname !== 'photo') throw notAFile();
      bytes = await file.toBuffer();
    } catch (error) {
      if (error instanceof AppException) throw error;
      if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
        throw new AppException(413, 'PAYLOAD_TOO_LARGE', 'The photo is larger than 5 MB. Please choose a smaller one.', [
          { field: 'photo', rule: 'maxBytes', message: 'At most 5 MB.' },
        ]);
      }
      throw notAFile();
    }
    return this.photos.upload(citizenId, bytes);
  }

  @Get('photos/:photoId')
  @UseGuards(AuthGuard)
  @ApiBearerAuth()
  @ApiProduces('image/jpeg', 'image/png', 'image/webp')
  @ApiOperation({ summary: 'A photo I uploaded' })
  @ApiNotFoundResponse({ type: ErrorEnvelopeDto })
  async photo(@Param('photoId') photoId: string, @CitizenId() citizenId: string, @Res() reply: FastifyReply): Promise<void> {
    const photo = await this.photos.forCitizen(citizenId, photoId);
    await reply.header('content-type', photo.mime).header('cache-control', 'private, no-store').send(Buffer.from(photo.bytes));
  }

  @Get(':trackingNo')
  @UseGuards(RateLimitGuard)
  @RateLimit({ name: 'letter-inquiry', points: 20, windowSeconds: 60, by: 'client' })
  @Header('Cache-Control', 'private, no-store')
  @ApiOperation({ summary: 'Follow a letter without signing in: its tracking number and query code (anything wrong is the same 404)' })
  @ApiOkResponse({ type: LetterViewDto })
  @ApiNotFoundResponse({ type: ErrorEnvelopeDto, description: 'NOT_FOUND: unknown number or wrong code, said the same way' })
  @ApiTooManyRequestsResponse({ type: ErrorEnvelopeDto, description: 'RATE_LIMITED, with Retry-After' })
  inquire(@Param('trackingNo') trackingNo: string, @Query() query: InquiryQueryDto, @RequestId() requestId: string): Promise<LetterView> {
    return this.letters.inquire(trackingNo, query.code, requestId);
  }
}

@ApiTags('letters')
@PersonalEndpoints('NOT_FOUND (no letter of yours with this number)')
@Controller('v1/me/letters')
export class MyLettersController {
  constructor(private readonly letters: LettersService) {}

  @Get()
  @Header('Cache-Control', 'private, no-store')
  @ApiOperation({ summary: 'My letters, newest first' })
  @ApiOkResponse({ type: MyLettersResponseDto })
  list(@CitizenId() citizenId: string): Promise<MyLettersResponse> {
    return this.letters.listMine(citizenId);
  }

  @Get(':trackingNo')
  @Header('Cache-Control', 'private, no-store')
  @ApiOperation({ summary: 'One of my letters with its timeline and answer' })
  @ApiOkResponse({ type: LetterViewDto })
  get(@CitizenId() citizenId: string, @Param('trackingNo') trackingNo: string, @RequestId() requestId: string): Promise<LetterView> {
    return this.letters.getMine(citizenId, trackingNo, requestId);
  }

  @Post(':trackingNo/rating')
  @HttpCode(200)
  @Header('Cache-Control', 'private, no-store')
  @ApiOperation({ summary: 'Rate the answer, once (five levels); it counts in the department’s figures' })
  @ApiOkResponse({ type: LetterViewDto })
  @ApiConflictResponse({ type: ErrorEnvelopeDto, description: 'ALREADY_RATED, or LETTER_STATE_CONFLICT (not answered yet)' })
  rate(@CitizenId() citizenId: string, @Param('trackingNo') trackingNo: string, @Body() body: RateLetterRequestDto): Promise<LetterView> {
    return this.letters.rate(citizenId, trackingNo, body);
  }

  @Post(':trackingNo/reexamination')
  @HttpCode(200)
  @Header('Cache-Control', 'private, no-store')
  @ApiOperation({ summary: 'Ask once for a re-examination of the answer, within 30 working days of it, with a reason' })
  @ApiOkResponse({ type: LetterViewDto })
  @ApiConflictResponse({ type: ErrorEnvelopeDto, description: 'LETTER_STATE_CONFLICT: not answered, already asked, or too late' })
  reexamine(@CitizenId() citizenId: string, @Param('trackingNo') trackingNo: string, @Body() body: ReexaminationRequestDto): Promise<LetterView> {
    return this.letters.requestReexamination(citizenId, trackingNo, body);
  }
}
