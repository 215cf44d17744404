// The admin's letterhead for reports whose template asks for one: the organization's name,
// address and contact lines, synced to every device.
import { useState } from 'preact/hooks';
import {
  LETTERHEAD_LINE_MAX_LENGTH,
  type Letterhead,
  letterheadFields,
  letterheadOf,
  letterheadProblem,
  letterheadSettingId,
} from '../../../domain/organization-settings';
import { useRecord } from '../records';
import { useServices } from '../services';

const LINES: readonly { key: keyof Letterhead; label: string }[] = [
  { key: 'name', label: 'Organization name' },
  { key: 'address', label: 'Address' },
  { key: 'phone', label: 'Phone' },
  { key: 'email', label: 'Email' },
];

const EMPTY: Letterhead = { name: '', address: '', phone: '', email: '' };

export function LetterheadSetting() {
  const services = useServices();
  const record = useRecord('setting', letterheadSettingId());
  const saved = record === undefined ? undefined : (letterheadOf(record?.fields) ?? EMPTY);
  const [draft, setDraft] = useState<Letterhead | undefined>(undefined);
  const [message, setMessage] = useState<{ text: string; isError: boolean } | undefined>();
  if (saved === undefined) return null;
  const shown = draft ?? saved;
  const save = async (event: Event) => {
    event.preventDefault();
    const problem = letterheadProblem(shown);
    if (problem !== undefined) {
      setMessage({ text: problem, isError: true });
      return;
    }
    try {
      await services.engine.edit(
        'setting',
        letterheadSettingId(),
        letterheadFields(shown),
        'Letterhead',
      );
      setDraft(undefined);
      setMessage({ text: 'Letterhead saved; reports that use one print it.', isError: false });
    } catch (caught) {
      setMessage({
        text: caught instanceof Error ? caught.message : String(caught),
        isError: true,
      });
    }
  };
  return (
    <form class="field-group" aria-labelledby="letterhead-heading" onSubmit={save}>
      <h3 id="letterhead-heading">Report letterhead</h3>
      {LINES.map((line) => (
        <label class="field" key={line.key}>
          {line.label}
          <input
            value={shown[line.key]}
            maxLength={LETTERHEAD_LINE_MAX_LENGTH}
            onInput={(event) =>
              setDraft({ ...shown, [line.key]: (event.currentTarget as HTMLInputElement).value })
            }
          />
        </label>
      ))}
      <button type="submit" class="button">
        Save letterhead
      </button>
      {message !== undefined && (
        <p class={message.isError ? 'error' : 'hint'} role={message.isError ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </form>
  );
}
