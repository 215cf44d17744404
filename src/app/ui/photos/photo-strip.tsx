// A record's photos: thumbnails, adding from the camera or a file, and a note for photos not yet here.
import { useEffect, useState } from 'preact/hooks';
import type { EntityName } from '../../../domain/entities';
import type { RecordId } from '../../../domain/ids';
import type { Photo } from '../../../domain/records';
import { loadPhoto, storePhoto } from '../../sync/photo-sync';
import { useRecords } from '../records';
import { useServices } from '../services';
import { resizePhoto } from './resize-image';

type Loaded = { state: 'loading' } | { state: 'shown'; url: string } | { state: 'missing' };

/** One photo's thumbnail, fetched from the server when this device does not hold its bytes yet. */
export function Thumbnail({ photo }: { photo: Photo }) {
  const { store, transport, recordsVersion } = useServices();
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const sha256 = String(photo.fields.sha256 ?? '');
  useEffect(() => {
    let url: string | undefined;
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
  const caption =
    typeof photo.fields.caption === 'string' && photo.fields.caption !== ''
      ? photo.fields.caption
      : 'Photo';
  if (loaded.state === 'shown') return <img class="thumbnail" src={loaded.url} alt={caption} />;
  return (
    <div
      class="thumbnail thumbnail-missing"
      role="img"
      aria-label={`${caption}: not on this device yet`}
    >
      {loaded.state === 'loading'
        ? 'Loading…'
        : 'Photo not here yet: it arrives after the device that took it syncs.'}
    </div>
  );
}

export function PhotoStrip({
  ownerEntity,
  ownerId,
  label,
  assessmentId,
}: {
  ownerEntity: EntityName;
  ownerId: RecordId;
  label: string;
  /** The visit the photo belongs to, so the report and the floor plan find it. */
  assessmentId?: RecordId;
}) {
  const services = useServices();
  const photos = (useRecords('photo') ?? []).filter((photo) => photo.fields.ownerId === ownerId);
  const [error, setError] = useState<string | undefined>(undefined);
  const add = async (input: HTMLInputElement) => {
    setError(undefined);
    for (const file of Array.from(input.files ?? [])) {
      try {
        const resized = await resizePhoto(file);
        const sha256 = await storePhoto(services.store, resized.bytes, resized.mimeType);
        await services.engine.edit('photo', services.newId(), {
          ownerEntity,
          ownerId,
          sha256,
          mimeType: resized.mimeType,
          byteSize: resized.bytes.byteLength,
          width: resized.width,
          height: resized.height,
          takenAt: services.now(),
          ...(assessmentId === undefined ? {} : { assessmentId }),
        });
      } catch (caught) {
        setError(caught instanceof Error ? caught.message : String(caught));
      }
    }
    input.value = '';
  };
  return (
    <section class="panel" aria-label={`Photos of ${label}`}>
      <h2>Photos</h2>
      <div class="photo-strip">
        {photos.map((photo) => (
          <Thumbnail key={photo.id} photo={photo} />
        ))}
      </div>
      <label class="button file-button">
        Add photo
        <input
          type="file"
          accept="image/*"
          capture="environment"
          multiple
          class="visually-hidden"
          onChange={(event) => void add(event.currentTarget)}
        />
      </label>
      {error !== undefined && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
