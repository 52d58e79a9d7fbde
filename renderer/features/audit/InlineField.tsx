// A label beside its control, tied by id rather than by wrapping: a <select> inside its
// <label> would take the chosen option's text into its accessible name.
import type { ReactElement } from 'react';
import { cloneElement, useId } from 'react';

export function InlineField({ label, children }: { label: string; children: ReactElement<{ id?: string }> }): ReactElement {
  const id = useId();
  return (
    <span className="inline-field">
      <label htmlFor={id}>{label}</label>
      {cloneElement(children, { id })}
    </span>
  );
}
