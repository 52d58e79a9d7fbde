// The visible half of "disabled means explained": the rule that forbids an action, in text
// next to the controls it disables (the other half is each control's tooltip).
import type { ReactElement } from 'react';
import { Icon } from './Icon';

export function DisabledNote({ reason, id }: { reason: string | null | undefined; id?: string }): ReactElement | null {
  if (!reason) return null;
  return (
    <p className="note note-locked" id={id}>
      <Icon name="lock" />
      <span>{reason}</span>
    </p>
  );
}
