// One photo enlarged in a modal dialog: its caption (saved as typed), Retake (new bytes for the
// same record, so its place in the report stays), and Delete after a confirmation.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Photo } from '../../../domain/records';
import { ConfirmButton } from '../confirm-button';
import { useServices } from '../services';
import { TextField } from '../text-field';
import { photoBytesFields } from './photo-bytes';
import { photoCaption, usePhotoUrl } from './photo-url';

export function PhotoViewer({ photo, onClose }: { photo: Photo; onClose: () => void }) {
  const services = useServices();
  const dialog = useRef<HTMLDialogElement>(null);
  const loaded = usePhotoUrl(photo);
  const [error, setError] = useState<string | undefined>(undefined);
  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  const caption = photoCaption(photo);
  const retake = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (file === undefined) return;
    setError(undefined);
    try {
      await services.engine.edit(
        'photo',
        photo.id,
        await photoBytesFields(services, file),
        'Retake photo',
      );
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    }
    input.value = '';
  };
  const remove = () => {
    void services.engine.edit('photo', photo.id, { deleted: true }, 'Delete photo');
    onClose();
  };
  return (
    <dialog
      ref={dialog}
      class="photo-viewer"
      aria-labelledby="photo-viewer-title"
      onClose={onClose}
    >
      <h2 id="photo-viewer-title">{caption}</h2>
      {loaded.state === 'shown' ? (
        <img class="photo-viewer-image" src={loaded.url} alt={caption} />
      ) : (
        <p class="hint">
          {loaded.state === 'loading' ? 'Loading…' : 'This photo is not on this device yet.'}
        </p>
      )}
      <TextField
        label="Caption"
        value={typeof photo.fields.caption === 'string' ? photo.fields.caption : ''}
        onSave={(text) =>
          void services.engine.edit('photo', photo.id, { caption: text }, 'Photo caption')
        }
      />
      <div class="actions">
        <label class="button file-button">
          Retake
          <input
            type="file"
            accept="image/*"
            capture="environment"
            class="visually-hidden"
            onChange={(event) => void retake(event.currentTarget)}
          />
        </label>
        <ConfirmButton
          question="Delete this photo from the visit?"
          confirm="Yes, delete"
          onConfirm={remove}
        >
          Delete photo
        </ConfirmButton>
        <button type="button" class="button button-primary" onClick={() => dialog.current?.close()}>
          Close
        </button>
      </div>
      {error !== undefined && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </dialog>
  );
}
