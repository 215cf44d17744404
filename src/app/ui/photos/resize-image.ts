// Shrinks a photo on the device before it is stored: long side about 1600 px, JPEG.

export const PHOTO_LONG_SIDE_PX = 1600;
const JPEG_QUALITY = 0.82;

export interface ResizedPhoto {
  bytes: ArrayBuffer;
  mimeType: 'image/jpeg';
  width: number;
  height: number;
}

/** The size that fits `longSide` while keeping the aspect ratio; never enlarges. */
export function fitWithin(
  width: number,
  height: number,
  longSide: number,
): { width: number; height: number } {
  const scale = Math.min(1, longSide / Math.max(width, height));
  return { width: Math.round(width * scale), height: Math.round(height * scale) };
}

/** Decodes an image file, scales it down and encodes it as JPEG; throws if it is not an image. */
export async function resizePhoto(file: Blob): Promise<ResizedPhoto> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    throw new Error('This file is not a photo this device can read (JPEG, PNG or WebP).');
  }
  const size = fitWithin(bitmap.width, bitmap.height, PHOTO_LONG_SIDE_PX);
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  const context = canvas.getContext('2d');
  if (context === null) throw new Error('This browser cannot resize photos.');
  context.drawImage(bitmap, 0, 0, size.width, size.height);
  bitmap.close();
  const blob = await new Promise<Blob | null>((resolve) =>
    canvas.toBlob(resolve, 'image/jpeg', JPEG_QUALITY),
  );
  if (blob === null) throw new Error('The photo could not be encoded.');
  return { bytes: await blob.arrayBuffer(), mimeType: 'image/jpeg', ...size };
}
