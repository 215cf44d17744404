// A visit's floor plan: a sketch grid or a photo of the plan, a pin per room and per barrier.

import { useMemo, useRef, useState } from 'preact/hooks';
import type { RecordId } from '../../../domain/ids';
import { storePhoto } from '../../sync/photo-sync';
import { AppLink } from '../app-link';
import { resizePhoto } from '../photos/resize-image';
import { useRecord, useRecords } from '../records';
import { navigate } from '../router';
import { useServices } from '../services';
import { PlanMap } from './plan-map';
import {
  PLAN_HEIGHT,
  PLAN_WIDTH,
  type PlanPin,
  type PlanPoint,
  planPins,
  unplacedPins,
} from './plan-pins';
import { useItemPrompts } from './use-item-prompts';
import { type PlanBackground, usePlanPhoto } from './use-plan-photo';
import './floor-plan.css';

const PLAN_CENTRE: PlanPoint = { x: PLAN_WIDTH / 2, y: PLAN_HEIGHT / 2 };

function PinLink({ pin }: { pin: PlanPin }) {
  return <AppLink href={pin.target}>{pin.label}</AppLink>;
}

function BackgroundNote({ background }: { background: PlanBackground }) {
  if (background.state === 'loading') return <p class="hint">Loading the photo of the plan…</p>;
  if (background.state !== 'missing') return null;
  return (
    <p class="plan-note" role="status">
      The photo of the plan is not on this device yet: it arrives after the device that took it
      syncs. The sketch grid is shown until then.
    </p>
  );
}

function UnplacedList({ pins, onPlace }: { pins: PlanPin[]; onPlace: (pin: PlanPin) => void }) {
  return (
    <section class="panel plan-unplaced" aria-labelledby="plan-unplaced-heading">
      <h2 id="plan-unplaced-heading">Not placed yet</h2>
      {pins.length === 0 ? (
        <p class="hint">Every room and barrier has a pin on the plan.</p>
      ) : (
        <ul class="plain-list">
          {pins.map((pin) => (
            <li key={pin.id} class={`plan-unplaced-item plan-unplaced-${pin.kind}`}>
              <span>{pin.label}</span>
              <button
                type="button"
                class="button"
                aria-label={`Place ${pin.label} on plan`}
                onClick={() => onPlace(pin)}
              >
                Place on plan
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The plan without the map: each room with its barriers, as links. */
function PinList({ pins }: { pins: PlanPin[] }) {
  const rooms = pins.filter((pin) => pin.kind === 'room');
  return (
    <section class="panel" aria-labelledby="plan-list-heading">
      <h2 id="plan-list-heading">Rooms and barriers</h2>
      {rooms.length === 0 ? (
        <p class="hint">This visit has no rooms yet.</p>
      ) : (
        <ul class="plan-list">
          {rooms.map((room) => {
            const barriers = pins.filter((pin) => pin.kind === 'barrier' && pin.roomId === room.id);
            return (
              <li key={room.id}>
                <PinLink pin={room} />
                {barriers.length > 0 && (
                  <ul>
                    {barriers.map((barrier) => (
                      <li key={barrier.id} class="plan-list-barrier">
                        <PinLink pin={barrier} />
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

function PlanBackgroundControls({
  assessmentId,
  hasPhoto,
}: {
  assessmentId: RecordId;
  hasPhoto: boolean;
}) {
  const services = useServices();
  const [error, setError] = useState<string | undefined>(undefined);
  const [isSaving, setIsSaving] = useState(false);
  const choosePhoto = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (file === undefined) return;
    setError(undefined);
    setIsSaving(true);
    try {
      const resized = await resizePhoto(file);
      const sha256 = await storePhoto(services.store, resized.bytes, resized.mimeType);
      const photoId = services.newId();
      await services.engine.edit('photo', photoId, {
        ownerEntity: 'assessment',
        ownerId: assessmentId,
        assessmentId,
        sha256,
        mimeType: resized.mimeType,
        byteSize: resized.bytes.byteLength,
        width: resized.width,
        height: resized.height,
        caption: 'Floor plan',
        takenAt: services.now(),
      });
      await services.engine.edit('assessment', assessmentId, { floorPlanPhotoId: photoId });
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    } finally {
      setIsSaving(false);
      input.value = '';
    }
  };
  const chooseGrid = () =>
    void services.engine.edit('assessment', assessmentId, { floorPlanPhotoId: null });
  return (
    <div class="plan-controls">
      <label class="button file-button">
        {isSaving ? 'Saving the photo…' : 'Use a photo of the plan'}
        <input
          type="file"
          accept="image/*"
          capture="environment"
          class="visually-hidden"
          disabled={isSaving}
          onChange={(event) => void choosePhoto(event.currentTarget)}
        />
      </label>
      {hasPhoto && (
        <button type="button" class="button" onClick={chooseGrid}>
          Use the sketch grid
        </button>
      )}
      {error !== undefined && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

export function FloorPlanView({ assessmentId }: { assessmentId: RecordId }) {
  const services = useServices();
  const assessment = useRecord('assessment', assessmentId);
  const rooms = useRecords('room');
  const findings = useRecords('finding');
  const promptFor = useItemPrompts(assessment);
  const background = usePlanPhoto(assessment);
  const centreRef = useRef<(() => PlanPoint) | undefined>(undefined);
  const [placing, setPlacing] = useState<PlanPin | undefined>(undefined);
  const pins = useMemo(
    () => planPins(assessmentId, rooms ?? [], findings ?? [], promptFor),
    [assessmentId, rooms, findings, promptFor],
  );
  if (assessment === undefined || rooms === undefined || findings === undefined) {
    return <p class="hint">Loading the floor plan…</p>;
  }
  if (assessment === null) return <p>This visit is not on this device.</p>;

  const savePosition = (pin: PlanPin, point: PlanPoint) =>
    void services.engine.edit(pin.entity, pin.id, { planX: point.x, planY: point.y });
  // Place on plan waits for a tap on the plan, brought into view, and puts the pin there; the
  // notice also offers the centre of the view, for a keyboard.
  const place = (pin: PlanPin) => {
    setPlacing(pin);
    document.querySelector('.plan-map')?.scrollIntoView({ block: 'center' });
  };
  const placeAt = (point: PlanPoint) => {
    if (placing === undefined) return;
    savePosition(placing, point);
    setPlacing(undefined);
  };
  const hasPhoto = background.state !== 'grid';
  return (
    <section class="floor-plan" aria-label="Plan with its pins">
      <p class="hint">
        Drag a pin to where the room or barrier is; tap a pin, or press Enter on it, to open it.
      </p>
      <PlanBackgroundControls assessmentId={assessmentId} hasPhoto={hasPhoto} />
      <BackgroundNote background={background} />
      {placing !== undefined && (
        <div class="plan-placing" role="status">
          <p>Tap the plan where {placing.label} is.</p>
          <div class="actions">
            <button
              type="button"
              class="button"
              onClick={() => placeAt(centreRef.current?.() ?? PLAN_CENTRE)}
            >
              Place at the centre of the view
            </button>
            <button type="button" class="button" onClick={() => setPlacing(undefined)}>
              Cancel
            </button>
          </div>
        </div>
      )}
      <div class="plan-layout">
        <PlanMap
          pins={pins}
          photo={background.state === 'shown' ? background.photo : undefined}
          onMove={savePosition}
          onOpen={(pin) => navigate(pin.target)}
          onTap={placeAt}
          centreRef={centreRef}
        />
        <UnplacedList pins={unplacedPins(pins)} onPlace={place} />
      </div>
      <PinList pins={pins} />
    </section>
  );
}
