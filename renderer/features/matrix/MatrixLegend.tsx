// The key to the matrix cells, in the cells' own glyphs and the one level colour scale.
import type { ReactElement } from 'react';
import { LEVEL_SCALE } from '../../ui/levelScale';

export function MatrixLegend(): ReactElement {
  return (
    <p className="mx-legend small muted" aria-label="How to read a cell">
      <span className="mx-cell">
        <span className="mx-org">A</span>
      </span>{' '}
      ADMIN (flags fixed)
      <span className="mx-cell">
        <span className="mx-org">M</span>
      </span>{' '}
      MEMBER
      <span className="mx-flag on">$</span> billable
      <span className="mx-flag on">▶</span> app access
      <span className="mx-legend-scale">
        {LEVEL_SCALE.map((s) => (
          <span key={s.level} className="mx-pa" title={s.level} style={{ background: s.background, color: s.foreground, borderColor: s.border }}>
            {s.initial}
          </span>
        ))}
      </span>{' '}
      project access
      <span className="mx-mark mx-pending mx-legend-mark" /> pending
      <span className="mx-keys">Arrows move · Enter edits · Delete removes · Shift/Ctrl+click or Space select · E bulk edit</span>
    </p>
  );
}
