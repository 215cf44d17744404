// A photo's bytes shown from the device (or fetched from the server when not here yet), and the
// words that name a photo on screen.
import { useEffect, useState } from 'preact/hooks';
import type { Photo } from '../../../domain/records';
import { loadPhoto } from '../../sync/photo-sync';
import { useServices } from '../services';

export type Loaded = { state: 'loading' } | { state: 'shown'; url: string } | { state: 'missing' };

/** A photo's bytes as an object URL, fetched from the server when this device does not hold them. */
export function usePhotoUrl(photo: Photo): Loaded {
  const { store, transport, recordsVersion } = useServices();
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const sha256 = String(photo.fields.sha256 ?? '');
  useEffect(() => {
    let url: string | undefined;
    setLoaded({ state: 'loading' });
    const show = async () => {
      if (url !== undefined) return;
      const blob = await loadPhoto(store, transport, sha256).catch(() => undefined);
      if (blob === undefined || url !== undefined) {
        if (url === undefined) setLoaded({ state: 'missing' });
        return;
      }
      url = URL.createObjectURL(new Blob([blob.bytes], { type: blob.mimeType }));
      setLoaded({ state: 'shown', url });
    };
    void show();
    // A photo not here yet may arrive with the next sync; once shown it stays as it is.
    const retry = recordsVersion.subscribe(() => void show());
    return () => {
      retry();
      if (url !== undefined) URL.revokeObjectURL(url);
    };
  }, [store, transport, sha256, recordsVersion]);
  return loaded;
}

export const photoCaption = (photo: Photo) =>
  typeof photo.fields.caption === 'string' && photo.fields.caption !== ''
    ? photo.fields.caption
    : 'Photo';
