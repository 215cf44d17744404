// Walking one room: its items with their answers, the chosen item's panel, and Previous / Next
// (the guided next unanswered item). The visit remembers where it is, to resume exactly there.

import { useEffect } from 'preact/hooks';
import type { Item } from '../../../domain/checklist';
import type { RecordId } from '../../../domain/ids';
import {
  nextStep,
  orderedRooms,
  previousStep,
  roomItems,
  roomProgress,
} from '../../../domain/visit-progress';
import { ANSWER_WORDS } from '../../../domain/words';
import { AppLink } from '../app-link';
import { navigate } from '../router';
import { ScreenFrame } from '../screens/screen-frame';
import { useServices } from '../services';
import { findingIdOf, ItemPanel } from './item-panel';
import { UndoBar } from './undo-bar';
import type { VisitData } from './use-visit';
import { useIsVisitEditable } from './visit-lock';
import { roomPath, visitPath } from './visit-routes';

/** Brings the room's item list into view (below the item in portrait) with the current item focused. */
function showItemList() {
  const list = document.getElementById('room-items');
  list?.scrollIntoView({ block: 'start' });
  const current = list?.querySelector<HTMLElement>('[aria-current="step"]');
  (current ?? list)?.focus({ preventScroll: true });
}

function ItemList({
  data,
  roomId,
  items,
  currentId,
}: {
  data: VisitData;
  roomId: string;
  items: readonly Item[];
  currentId: string | undefined;
}) {
  return (
    <ol id="room-items" class="item-list" aria-label="Items in this room">
      {items.map((item) => {
        const answer = data.findings.find((finding) => finding.id === findingIdOf(roomId, item.id))
          ?.fields.answer;
        const state = typeof answer === 'string' ? ANSWER_WORDS[answer] : 'Not answered';
        return (
          <li key={item.id}>
            <AppLink
              href={roomPath(data.visit.id, roomId, item.id)}
              class={`item-link item-${typeof answer === 'string' ? answer : 'open'}`}
              aria-current={item.id === currentId ? 'step' : undefined}
            >
              <span class="item-link-prompt">{item.prompt}</span>
              <span class="item-state">{state}</span>
            </AppLink>
          </li>
        );
      })}
    </ol>
  );
}

export function RoomWalk({
  data,
  roomId,
  itemId,
}: {
  data: VisitData;
  roomId: RecordId;
  itemId: string | undefined;
}) {
  const { engine } = useServices();
  const room = data.rooms.find(
    (candidate) => candidate.id === roomId && candidate.fields.deleted !== true,
  );
  const items =
    room === undefined || data.checklist === undefined ? [] : roomItems(room, data.checklist);
  const item = items.find((candidate) => candidate.id === itemId) ?? items[0];
  const isEditable = useIsVisitEditable();
  useEffect(() => {
    // A new item starts at its question: after a tap in the list below it or on Next at the foot
    // of a long item, the answer buttons would otherwise be off screen.
    const top = document.getElementById('item-prompt')?.getBoundingClientRect().top;
    if (top !== undefined && (top < 0 || top > window.innerHeight / 2)) {
      document.getElementById('item-prompt')?.scrollIntoView({ block: 'start' });
    }
  }, [room?.id, item?.id]);
  useEffect(() => {
    // Where the walk is kept only by those who may change the visit; a reader leaves no trace.
    if (room === undefined || item === undefined || !isEditable) return;
    if (data.visit.fields.currentRoomId === room.id && data.visit.fields.currentItemId === item.id)
      return;
    void engine.edit(
      'assessment',
      data.visit.id,
      { currentRoomId: room.id, currentItemId: item.id },
      null,
    );
  }, [room?.id, item?.id, isEditable]);
  if (room === undefined || data.checklist === undefined) {
    return <ScreenFrame title="Room">This room is not in the visit any more.</ScreenFrame>;
  }
  const checklist = data.checklist;
  const progress = roomProgress(room, checklist, data.findings);
  const position = item === undefined ? undefined : { roomId: room.id, itemId: item.id };
  const go = (step: { roomId: string; itemId: string } | undefined) => {
    if (step !== undefined) navigate(roomPath(data.visit.id, step.roomId, step.itemId));
  };
  return (
    <ScreenFrame title={String(room.fields.name || 'Room')} pageTitle="Room">
      <div class="walk-bar">
        <AppLink href={visitPath(data.visit.id)} class="button">
          Back to the visit
        </AppLink>
        <label class="field compact-field">
          Room
          <select
            value={room.id}
            onChange={(event) => navigate(roomPath(data.visit.id, event.currentTarget.value))}
          >
            {orderedRooms(data.rooms).map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {String(candidate.fields.name || 'Room')}
              </option>
            ))}
          </select>
        </label>
        <span class="hint">
          {progress.answered} of {progress.total} answered
        </span>
      </div>
      <UndoBar />
      <div class="walk">
        <ItemList data={data} roomId={room.id} items={items} currentId={item?.id} />
        <div class="walk-main">
          {item !== undefined && (
            <ItemPanel key={`${room.id}/${item.id}`} data={data} room={room} item={item} />
          )}
          <div class="walk-steps">
            <button
              type="button"
              class="button"
              onClick={() => go(previousStep(data.rooms, checklist, data.findings, position))}
            >
              Previous unanswered
            </button>
            <button type="button" class="button walk-items" onClick={showItemList}>
              Items ({progress.answered} of {progress.total})
            </button>
            <button
              type="button"
              class="button button-primary"
              onClick={() => go(nextStep(data.rooms, checklist, data.findings, position))}
            >
              Next unanswered
            </button>
          </div>
        </div>
      </div>
    </ScreenFrame>
  );
}
