// One photo in a report, loaded from the device (or the server, once) and decoded before the
// report counts it ready, so a print never starts with a blank frame.
import { useEffect, useState } from 'preact/hooks';
import type { ReportPhoto } from '../../../domain/report';
import { loadPhoto } from '../../sync/photo-sync';
import { useServices } from '../services';

type Shown = { state: 'loading' } | { state: 'shown'; url: string } | { state: 'missing' };

interface ReportPhotoFigureProps {
  photo: ReportPhoto;
  /** What the photo shows when it has no caption: the item's prompt. */
  subject: string;
  /** Called once the photo is decoded, or known to be missing. */
  onSettled: (photoId: string) => void;
}

export function ReportPhotoFigure({ photo, subject, onSettled }: ReportPhotoFigureProps) {
  const { store, transport } = useServices();
  const [shown, setShown] = useState<Shown>({ state: 'loading' });
  useEffect(() => {
    let url: string | undefined;
    let isCurrent = true;
    void loadPhoto(store, transport, photo.sha256)
      .catch(() => undefined)
      .then((blob) => {
        if (!isCurrent) return;
        if (blob === undefined) {
          setShown({ state: 'missing' });
          onSettled(photo.photoId);
          return;
        }
        url = URL.createObjectURL(new Blob([blob.bytes], { type: blob.mimeType }));
        setShown({ state: 'shown', url });
      });
    return () => {
      isCurrent = false;
      if (url !== undefined) URL.revokeObjectURL(url);
    };
  }, [store, transport, photo.sha256, photo.photoId, onSettled]);
  const caption = photo.caption ?? '';
  const alt = caption === '' ? `Photo: ${subject}` : caption;
  return (
    <figure class="report-photo">
      {shown.state === 'shown' ? (
        <img
          src={shown.url}
          alt={alt}
          onLoad={(event) =>
            void event.currentTarget
              .decode()
              .catch(() => undefined)
              .then(() => onSettled(photo.photoId))
          }
          onError={() => {
            setShown({ state: 'missing' });
            onSettled(photo.photoId);
          }}
        />
      ) : (
        <div class="report-photo-missing" role="img" aria-label={alt}>
          {shown.state === 'loading' ? 'Loading photo…' : 'Photo not on this device'}
        </div>
      )}
      {caption !== '' && <figcaption>{caption}</figcaption>}
    </figure>
  );
}
