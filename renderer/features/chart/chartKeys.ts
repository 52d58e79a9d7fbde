// Keyboard movement through the chart as a tree (WAI-ARIA tree pattern): Up/Down walk the
// visible nodes top to bottom, Right expands or steps in, Left collapses or steps out,
// PageUp/PageDown jump between orgs, Home/End to the ends, Enter/Space activate. Pure.
import type { LaidOutNode } from './chartLayout';

export type KeyAction = { kind: 'focus'; id: string } | { kind: 'toggle'; id: string; expand: boolean } | { kind: 'activate'; id: string };

function expandState(n: LaidOutNode): boolean | null {
  const d = n.data;
  if (d.kind === 'org') return d.expanded;
  if (d.kind === 'group' && d.count > 0) return d.expanded;
  return null;
}

export function keyAction(order: readonly LaidOutNode[], currentId: string | null, key: string): KeyAction | null {
  if (order.length === 0) return null;
  const index = currentId === null ? -1 : order.findIndex((n) => n.data.id === currentId);
  const first = order[0];
  if (index < 0) return first ? { kind: 'focus', id: first.data.id } : null;
  const current = order[index] as LaidOutNode;
  const at = (i: number): KeyAction | null => {
    const n = order[i];
    return n ? { kind: 'focus', id: n.data.id } : null;
  };
  const org = (step: 1 | -1): KeyAction | null => {
    for (let i = index + step; i >= 0 && i < order.length; i += step) if (order[i]?.data.kind === 'org') return at(i);
    return null;
  };
  switch (key) {
    case 'ArrowDown':
      return at(index + 1);
    case 'ArrowUp':
      return at(index - 1);
    case 'Home':
      return at(0);
    case 'End':
      return at(order.length - 1);
    case 'PageDown':
      return org(1);
    case 'PageUp':
      return org(-1);
    case 'ArrowRight': {
      const open = expandState(current);
      if (open === false) return { kind: 'toggle', id: current.data.id, expand: true };
      const child = order[index + 1];
      return open && child && child.parentId === current.data.id ? at(index + 1) : null;
    }
    case 'ArrowLeft': {
      if (expandState(current) === true) return { kind: 'toggle', id: current.data.id, expand: false };
      const parent = order.findIndex((n) => n.data.id === current.parentId);
      return parent >= 0 ? at(parent) : null;
    }
    case 'Enter':
    case ' ':
      return { kind: 'activate', id: current.data.id };
    default:
      return null;
  }
}
