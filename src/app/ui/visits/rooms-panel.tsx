// The rooms of the visit: add those that exist from the checklist's areas (two bathrooms, an extra
// bedroom), rename, reorder, skip, and see each one's progress.

import { useState } from 'preact/hooks';
import type { Room } from '../../../domain/records';
import { orderedRooms, roomProgress } from '../../../domain/visit-progress';
import { AppLink } from '../app-link';
import { ConfirmButton } from '../confirm-button';
import { useServices } from '../services';
import { TextField } from '../text-field';
import type { VisitData } from './use-visit';
import { roomPath } from './visit-routes';

/** "Bathroom", or "Bathroom 2" when the visit already has a bathroom. */
export function nextRoomName(areaName: string, rooms: readonly Room[]): string {
  const taken = new Set(rooms.map((room) => room.fields.name ?? ''));
  if (!taken.has(areaName)) return areaName;
  let number = 2;
  while (taken.has(`${areaName} ${number}`)) number += 1;
  return `${areaName} ${number}`;
}

function RoomRow({
  data,
  room,
  index,
  count,
}: {
  data: VisitData;
  room: Room;
  index: number;
  count: number;
}) {
  const { engine } = useServices();
  const rooms = orderedRooms(data.rooms);
  const name = room.fields.name ?? '';
  const progress =
    data.checklist === undefined ? undefined : roomProgress(room, data.checklist, data.findings);
  const swap = async (offset: number) => {
    const other = rooms[index + offset];
    if (other === undefined) return;
    await engine.edit('room', room.id, { order: index + offset }, `Move ${name}`);
    await engine.edit('room', other.id, { order: index }, `Move ${name}`);
  };
  const isSkipped = room.fields.skipped === true;
  return (
    <li class="card room-row" aria-label={name}>
      <div class="room-row-main">
        <AppLink href={roomPath(data.visit.id, room.id)} class="room-link">
          {name || 'Unnamed room'}
        </AppLink>
        <span class="hint">
          {isSkipped
            ? 'Skipped: not in this home'
            : progress === undefined
              ? ''
              : `${progress.answered} of ${progress.total} answered`}
        </span>
      </div>
      <div class="room-row-actions">
        <TextField
          label="Room name"
          value={name}
          onSave={(value) => void engine.edit('room', room.id, { name: value }, 'Rename room')}
        />
        <button
          type="button"
          class="button"
          disabled={index === 0}
          aria-label={`Move ${name} up`}
          onClick={() => void swap(-1)}
        >
          ↑
        </button>
        <button
          type="button"
          class="button"
          disabled={index === count - 1}
          aria-label={`Move ${name} down`}
          onClick={() => void swap(1)}
        >
          ↓
        </button>
        <button
          type="button"
          class="button"
          aria-pressed={isSkipped}
          onClick={() =>
            void engine.edit(
              'room',
              room.id,
              { skipped: !isSkipped },
              isSkipped ? `Include ${name}` : `Skip ${name}`,
            )
          }
        >
          {isSkipped ? 'Include' : 'Skip'}
        </button>
        <ConfirmButton
          label={`Remove ${name}`}
          question={`Remove the room ${name} and its answers from this visit?`}
          confirm="Yes, remove"
          onConfirm={() => void engine.edit('room', room.id, { deleted: true }, `Remove ${name}`)}
        >
          Remove
        </ConfirmButton>
      </div>
    </li>
  );
}

export function RoomsPanel({ data }: { data: VisitData }) {
  const services = useServices();
  const [areaId, setAreaId] = useState('');
  const rooms = orderedRooms(data.rooms);
  const areas = data.checklist?.areas ?? [];
  const add = () => {
    // Only the area the therapist chose: never the list's first one by default.
    const area = areas.find((candidate) => candidate.id === areaId);
    if (area === undefined) return;
    setAreaId('');
    const order =
      rooms.reduce((highest, room) => Math.max(highest, room.fields.order ?? 0), -1) + 1;
    void services.engine.edit(
      'room',
      services.newId(),
      {
        assessmentId: data.visit.id,
        areaId: area.id,
        name: nextRoomName(area.name, rooms),
        order,
      },
      `Add ${area.name}`,
    );
  };
  return (
    <section class="panel" aria-labelledby="rooms-heading">
      <h2 id="rooms-heading">Rooms</h2>
      <ul class="plain-list" aria-label="Rooms of this visit">
        {rooms.map((room, index) => (
          <RoomRow key={room.id} data={data} room={room} index={index} count={rooms.length} />
        ))}
      </ul>
      <div class="toolbar add-room">
        <label class="field">
          Area of the checklist
          <select value={areaId} onChange={(event) => setAreaId(event.currentTarget.value)}>
            <option value="">Choose an area…</option>
            {areas.map((area) => (
              <option key={area.id} value={area.id}>
                {area.name} ({area.items.length} items)
              </option>
            ))}
          </select>
        </label>
        <button type="button" class="button" disabled={areaId === ''} onClick={add}>
          Add room
        </button>
      </div>
    </section>
  );
}
