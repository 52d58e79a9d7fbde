// A project-level filter for the view toolbars: "Any" or one of VIEW…ADMINISTER. NONE is left
// out because filtering on "at least / below NONE" would match everything or nothing.
import type { ReactElement } from 'react';
import type { GrantLevel, Level } from '../../shared/domain/index';
import { GrantLevelSchema, LEVELS } from '../../shared/domain/index';
import type { PickerOption } from './Picker';
import { Picker } from './Picker';

const OPTIONS: readonly PickerOption[] = [{ value: '', label: 'Any' }, ...LEVELS.slice(1).map((l) => ({ value: l, label: l }))];

export function LevelFilter({ label, value, onChange }: { label: string; value: Level | undefined; onChange(level: GrantLevel | undefined): void }): ReactElement {
  return <Picker label={label} value={value ?? ''} options={OPTIONS} onChange={(v) => onChange(v ? GrantLevelSchema.parse(v) : undefined)} />;
}
