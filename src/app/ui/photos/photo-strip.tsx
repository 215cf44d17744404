// A record's photos: thumbnails, adding from the camera or a file, and a note for photos not yet here.
import { useState } from 'preact/hooks';
import type { EntityName } from '../../../domain/entities';
import type { RecordId } from '../../../domain/ids';
import type { Photo } from '../../../domain/records';
import { useRecords } from '../records';
import { useServices } from '../services';
import { photoBytesFields } from './photo-bytes';
import { photoCaption, usePhotoUrl } from './photo-url';
import { PhotoViewer } from './photo-viewer';

/** One photo's thumbnail. */
export function Thumbnail({ photo }: { photo: Photo }) {
  const loaded = usePhotoUrl(photo);
  const caption = photoCaption(photo);
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
  const [openId, setOpenId] = useState<RecordId | undefined>(undefined);
  const open = photos.find((photo) => photo.id === openId);
  const add = async (input: HTMLInputElement) => {
    setError(undefined);
    for (const file of Array.from(input.files ?? [])) {
      try {
        await services.engine.edit('photo', services.newId(), {
          ownerEntity,
          ownerId,
          ...(await photoBytesFields(services, file)),
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
          <button
            key={photo.id}
            type="button"
            class="photo-open"
            aria-label={`Open photo: ${photoCaption(photo)}`}
            onClick={() => setOpenId(photo.id)}
          >
            <Thumbnail photo={photo} />
          </button>
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
      {open !== undefined && <PhotoViewer photo={open} onClose={() => setOpenId(undefined)} />}
    </section>
  );
}
