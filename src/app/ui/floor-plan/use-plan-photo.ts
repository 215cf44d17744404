// The photo behind a visit's floor plan: its bytes as an object URL, or why it cannot be shown yet.

import { useEffect, useState } from 'preact/hooks';
import type { RecordView } from '../../../domain/record-view';
import type { Assessment } from '../../../domain/records';
import { loadPhoto } from '../../sync/photo-sync';
import { useRecords } from '../records';
import { useServices } from '../services';
import type { PlanPhoto } from './plan-map';
import { fitPhotoOnPlan } from './plan-pins';

export type PlanBackground =
  | { state: 'grid' }
  | { state: 'loading' }
  | { state: 'missing' }
  | { state: 'shown'; photo: PlanPhoto };

function numberField(record: RecordView | undefined, field: string): number {
  const value = record?.fields[field];
  return typeof value === 'number' ? value : 0;
}

/**
 * The background the plan should draw. A photo taken on another device is fetched once that
 * device has synced; until then the state is `missing`, and it is tried again as records change.
 */
export function usePlanPhoto(assessment: Assessment | null | undefined): PlanBackground {
  const { store, transport, recordsVersion } = useServices();
  const photos = useRecords('photo');
  const photoId = assessment?.fields.floorPlanPhotoId;
  const photo = photos?.find((record) => record.id === photoId);
  const sha256 = typeof photo?.fields.sha256 === 'string' ? photo.fields.sha256 : undefined;
  const photoWidth = numberField(photo, 'width');
  const photoHeight = numberField(photo, 'height');
  const hasPhoto = typeof photoId === 'string' && photoId !== '';
  const arePhotosLoading = photos === undefined;
  const [background, setBackground] = useState<PlanBackground>({ state: 'grid' });

  useEffect(() => {
    if (!hasPhoto || sha256 === undefined) {
      setBackground({ state: !hasPhoto ? 'grid' : arePhotosLoading ? 'loading' : 'missing' });
      return;
    }
    let isCurrent = true;
    let url: string | undefined;
    setBackground({ state: 'loading' });
    const show = async () => {
      if (url !== undefined) return;
      const blob = await loadPhoto(store, transport, sha256).catch(() => undefined);
      if (!isCurrent || url !== undefined) return;
      if (blob === undefined) return setBackground({ state: 'missing' });
      url = URL.createObjectURL(new Blob([blob.bytes], { type: blob.mimeType }));
      const rectangle = fitPhotoOnPlan(photoWidth, photoHeight);
      setBackground({ state: 'shown', photo: { url, rectangle } });
    };
    void show();
    const stopRetrying = recordsVersion.subscribe(() => void show());
    return () => {
      isCurrent = false;
      stopRetrying();
      if (url !== undefined) URL.revokeObjectURL(url);
    };
  }, [
    store,
    transport,
    recordsVersion,
    hasPhoto,
    sha256,
    photoWidth,
    photoHeight,
    arePhotosLoading,
  ]);

  return background;
}
