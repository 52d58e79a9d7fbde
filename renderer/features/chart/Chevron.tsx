// The expand/collapse glyph of org and group nodes: a triangle pointing right (collapsed) or down.
import type { ReactElement } from 'react';

export function Chevron({ x, y, open, muted }: { x: number; y: number; open: boolean; muted?: boolean }): ReactElement {
  return (
    <path
      d={open ? 'M-4 -2 L4 -2 L0 3 Z' : 'M-2 -4 L3 0 L-2 4 Z'}
      transform={`translate(${x},${y})`}
      fill={muted ? '#c6cad2' : '#4a505c'}
      aria-hidden="true"
    />
  );
}
