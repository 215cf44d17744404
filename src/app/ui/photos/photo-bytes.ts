// A picked or taken photo, resized and stored on the device: the photo record's fields for it.
import type { FieldValues } from '../../../domain/entities';
import { storePhoto } from '../../sync/photo-sync';
import type { AppServices } from '../services';
import { resizePhoto } from './resize-image';

export async function photoBytesFields(services: AppServices, file: File): Promise<FieldValues> {
  const resized = await resizePhoto(file);
  const sha256 = await storePhoto(services.store, resized.bytes, resized.mimeType);
  return {
    sha256,
    mimeType: resized.mimeType,
    byteSize: resized.bytes.byteLength,
    width: resized.width,
    height: resized.height,
    takenAt: services.now(),
  };
}
