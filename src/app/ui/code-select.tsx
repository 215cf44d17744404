// A select of a stored code's choices in their words, with "Not recorded" for none.

export function CodeSelect({
  label,
  value,
  codes,
  words,
  disabled = false,
  onSave,
}: {
  label: string;
  value: string | undefined;
  codes: readonly string[];
  words: Readonly<Record<string, string>>;
  disabled?: boolean;
  onSave: (code: string | null) => void;
}) {
  return (
    <label class="field">
      {label}
      <select
        value={value ?? ''}
        disabled={disabled}
        onChange={(event) => onSave(event.currentTarget.value || null)}
      >
        <option value="">Not recorded</option>
        {codes.map((code) => (
          <option key={code} value={code}>
            {words[code] ?? code}
          </option>
        ))}
      </select>
    </label>
  );
}
