// A project access level as text on its colour from the one level scale. The text is always
// there (colour alone never carries the level); NONE renders as an empty outline.
import type { ReactElement } from 'react';
import type { Level } from '../../shared/domain/index';
import { LEVEL_SCALE, levelSwatch } from './levelScale';

export function LevelBadge({ level, compact }: { level: Level; compact?: boolean }): ReactElement {
  const s = levelSwatch(level);
  return (
    <span
      className={`level${level === 'NONE' ? ' level-none' : ''}${compact ? ' level-compact' : ''}`}
      style={{ background: s.background, color: s.foreground, borderColor: s.border }}
      title={compact ? level : undefined}
      aria-label={compact ? level : undefined}
    >
      {compact ? s.initial : level}
    </span>
  );
}

export function LevelLegend(): ReactElement {
  return (
    <ul className="legend" aria-label="Access level colours">
      {LEVEL_SCALE.map((s) => (
        <li key={s.level}>
          <LevelBadge level={s.level} />
        </li>
      ))}
    </ul>
  );
}
