import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { LETTER_RULES, type UploadPhotoResponse } from '@portal/shared';
import sharp from 'sharp';
import { AppException } from '../common/app-exception';
import { LetterStore } from './letter-store';
import { LetterPhotoEntity } from './letter-photo.entity';

/** Largest side kept: enough to show the problem, small enough for the database and a phone. */
const MAX_SIDE = 2048;

/** What the bytes are, by their signature, whatever the file is called or claims to be. */
export function sniffImage(bytes: Buffer): 'image/jpeg' | 'image/png' | 'image/webp' | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (bytes.length >= 12 && bytes.subarray(0, 4).toString('latin1') === 'RIFF' && bytes.subarray(8, 12).toString('latin1') === 'WEBP') return 'image/webp';
  return null;
}

/**
 * Photos for letters: images only (JPEG, PNG, WebP by their bytes), re-encoded so that nothing but
 * the pixels survives — EXIF, GPS, camera and editing metadata are gone; turned upright first.
 */
@Injectable()
export class LetterPhotosService {
  constructor(private readonly store: LetterStore) {}

  async upload(citizenId: string, bytes: Buffer): Promise<UploadPhotoResponse> {
    const mime = sniffImage(bytes);
    if (!mime) {
      throw new AppException(415, 'UNSUPPORTED_MEDIA_TYPE', 'Only JPEG, PNG or WebP photos can be attached.', [
        { field: 'photo', rule: 'isImage', message: 'The file is not a JPEG, PNG or WebP image.' },
      ]);
    }
    let out: { data: Buffer; info: sharp.OutputInfo };
    try {
      const image = sharp(bytes, { failOn: 'error', limitInputPixels: 50_000_000 }).rotate().resize({ width: MAX_SIDE, height: MAX_SIDE, fit: 'inside', withoutEnlargement: true });
      const encoded = mime === 'image/png' ? image.png() : mime === 'image/webp' ? image.webp({ quality: 85 }) : image.jpeg({ quality: 85, mozjpeg: true });
      out = await encoded.toBuffer({ resolveWithObject: true });
    } catch {
      throw new AppException(422, 'VALIDATION_FAILED', 'The photo could not be read. Please choose another one.', [
        { field: 'photo', rule: 'isReadableImage', message: 'The image is damaged or incomplete.' },
      ]);
    }
    const photo: LetterPhotoEntity = { id: randomUUID(), citizenId, letterId: null, mime, bytes: out.data, width: out.info.width, height: out.info.height, createdAt: new Date() };
    await this.store.dataSource.getRepository(LetterPhotoEntity).insert(photo);
    return { photoId: photo.id, width: photo.width, height: photo.height, bytes: out.data.length };
  }

  /** The uploader sees their photo; staff of the letter's department see it through `forDepartment`. */
  async forCitizen(citizenId: string, photoId: string): Promise<LetterPhotoEntity> {
    const photo = await this.find(photoId);
    if (!photo || photo.citizenId !== citizenId) throw AppException.notFound('NOT_FOUND', 'There is no such photo.');
    return photo;
  }

  async forDepartment(departmentId: string, photoId: string): Promise<LetterPhotoEntity> {
    const photo = await this.find(photoId);
    const letter = photo?.letterId ? await this.store.byId(photo.letterId) : null;
    if (!photo || !letter || letter.departmentId !== departmentId) throw AppException.notFound('NOT_FOUND', 'There is no such photo.');
    return photo;
  }

  private find(photoId: string): Promise<LetterPhotoEntity | null> {
    if (!/^[0-9a-f-]{36}$/i.test(photoId)) return Promise.resolve(null);
    return this.store.dataSource.getRepository(LetterPhotoEntity).findOneBy({ id: photoId });
  }

  static readonly maxBytes = LETTER_RULES.maxPhotoBytes;
}
