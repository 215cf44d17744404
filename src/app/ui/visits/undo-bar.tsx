// "Undo" for the newest change on this device, saying what it takes back.
import { useFeed } from '../feed';
import { useServices } from '../services';

export function UndoBar() {
  const services = useServices();
  useFeed(services.recordsVersion);
  const step = services.engine.undoable();
  if (step === undefined) return null;
  return (
    <div class="undo-bar">
      <span class="hint">Last change: {step.label}</span>
      <button type="button" class="button" onClick={() => void services.engine.undo()}>
        Undo
      </button>
    </div>
  );
}
