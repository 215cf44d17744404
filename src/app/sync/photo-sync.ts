// Photo bytes on the device: stored by SHA-256, uploaded one at a time after the records, fetched on demand.
import type { LocalStore, StoredBlob } from '../store/local-store';
import type { ServerTransport } from './transport';

export interface UploadProgress {
  sentBytes: number;
  totalBytes: number;
  photosDone: number;
  photosTotal: number;
}

/** The SHA-256 of the bytes as 64 lower-case hex digits. */
export async function sha256Hex(bytes: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Keeps a photo's bytes on the device until the server has them; returns their hash. */
export async function storePhoto(
  store: LocalStore,
  bytes: ArrayBuffer,
  mimeType: string,
): Promise<string> {
  const sha256 = await sha256Hex(bytes);
  const existing = await store.getBlob(sha256);
  if (existing === undefined) await store.putBlob({ sha256, mimeType, bytes, isUploaded: false });
  return sha256;
}

/** Uploads every photo the server lacks, one at a time, reporting progress in bytes. */
export async function uploadPendingPhotos(
  store: LocalStore,
  transport: ServerTransport,
  onProgress: (progress: UploadProgress) => void,
): Promise<void> {
  const hashes = await store.listBlobsToUpload();
  const blobs: StoredBlob[] = [];
  for (const sha256 of hashes) {
    const blob = await store.getBlob(sha256);
    if (blob !== undefined) blobs.push(blob);
  }
  const totalBytes = blobs.reduce((total, blob) => total + blob.bytes.byteLength, 0);
  let doneBytes = 0;
  for (const [index, blob] of blobs.entries()) {
    const report = (sentBytes: number, photosDone: number) =>
      onProgress({
        sentBytes: doneBytes + sentBytes,
        totalBytes,
        photosDone,
        photosTotal: blobs.length,
      });
    report(0, index);
    await transport.putBlob(blob.sha256, blob.mimeType, blob.bytes, (sentBytes) =>
      report(sentBytes, index),
    );
    await store.markBlobUploaded(blob.sha256);
    doneBytes += blob.bytes.byteLength;
    report(0, index + 1);
  }
}

/**
 * A photo's bytes: from the device, or fetched from the server and kept. Undefined when neither
 * has them yet (the device that took it has not synced), which the UI says in words.
 */
export async function loadPhoto(
  store: LocalStore,
  transport: ServerTransport,
  sha256: string,
): Promise<StoredBlob | undefined> {
  const local = await store.getBlob(sha256);
  if (local !== undefined) return local;
  const fetched = await transport.getBlob(sha256);
  if (fetched === undefined) return undefined;
  if ((await sha256Hex(fetched.bytes)) !== sha256) return undefined;
  const blob = { sha256, mimeType: fetched.mimeType, bytes: fetched.bytes, isUploaded: true };
  await store.putBlob(blob);
  return blob;
}
