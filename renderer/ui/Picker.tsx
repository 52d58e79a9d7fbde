// A labelled <select> for the view headers (org, user, project pickers). The label is tied by
// id rather than wrapping, so the select's accessible name is exactly the label text.
import type { ReactElement } from 'react';
import { useId } from 'react';

export interface PickerOption {
  value: string;
  label: string;
}

export function Picker({ label, value, options, onChange, disabled }: { label: string; value: string; options: readonly PickerOption[]; onChange(value: string): void; disabled?: boolean }): ReactElement {
  const id = useId();
  return (
    <span className="picker">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)} disabled={disabled}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </span>
  );
}
