// Layout of the demo chart: a person in two orgs is drawn once in each, nothing overlaps, the
// columns run workspace → orgs → groups → items, and the keyboard walks it as a tree.
import { describe, expect, it } from 'vitest';
import { buildChartTree } from '../../../../renderer/features/chart/chartModel';
import type { LaidOutNode } from '../../../../renderer/features/chart/chartLayout';
import { layoutChart, visitOrder } from '../../../../renderer/features/chart/chartLayout';
import { keyAction } from '../../../../renderer/features/chart/chartKeys';
import { cull, fitTransform, visibleRect } from '../../../../renderer/features/chart/viewport';
import { EMPTY_EXPANSION, demoPages, demoSkeleton, org } from './chartFixtures';

const demo = () => layoutChart(buildChartTree(demoSkeleton, EMPTY_EXPANSION, demoPages()));

function overlaps(a: LaidOutNode, b: LaidOutNode): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

describe('layoutChart', () => {
  it('draws each multi-org person once per org', () => {
    const layout = demo();
    expect(layout.occurrences.get('user-d')?.map((n) => n.data.id)).toEqual(['person:org-lab:user-d', 'person:org-lab_new:user-d']);
    expect(layout.occurrences.get('user-e')?.map((n) => n.data.id)).toEqual(['person:org-lab:user-e', 'person:org-lab_new:user-e']);
    expect(layout.occurrences.get('user-b')).toHaveLength(1);
  });

  it('places no two nodes on top of each other', () => {
    const { nodes } = demo();
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const a = nodes[i] as LaidOutNode;
        const b = nodes[j] as LaidOutNode;
        expect(overlaps(a, b), `${a.data.id} overlaps ${b.data.id}`).toBe(false);
      }
    }
  });

  it('keeps the same with many collapsed orgs of different sizes', () => {
    const skeleton = { orgs: Array.from({ length: 40 }, (_, i) => org(`org-o${i}`, { memberCount: i * 7 })), people: 900, multiOrgPeople: 0 };
    const { nodes, bounds } = layoutChart(buildChartTree(skeleton, EMPTY_EXPANSION, new Map()));
    const orgs = nodes.filter((n) => n.data.kind === 'org').sort((a, b) => a.y - b.y);
    expect(orgs).toHaveLength(40);
    for (let i = 1; i < orgs.length; i++) expect((orgs[i] as LaidOutNode).y).toBeGreaterThanOrEqual((orgs[i - 1] as LaidOutNode).y + (orgs[i - 1] as LaidOutNode).height);
    expect(bounds.height).toBeGreaterThan(40 * 68);
  });

  it('runs the columns left to right by depth, each child right of its parent', () => {
    const layout = demo();
    for (const link of layout.links) expect(link.target.x).toBeGreaterThan(link.source.x + link.source.width);
  });

  it('renders only what a small viewport shows', () => {
    const layout = demo();
    const all = cull(layout, null);
    const some = cull(layout, visibleRect({ x: -700, y: -layout.bounds.y, k: 1 }, 400, 120));
    expect(all.nodes).toHaveLength(layout.nodes.length);
    expect(some.nodes.length).toBeGreaterThan(0);
    expect(some.nodes.length).toBeLessThan(layout.nodes.length / 2);
    expect(some.nodes.every((n) => n.x + n.width > 700 && n.x < 1100)).toBe(true);
  });

  it('fits the whole chart in a screen without going above 100%', () => {
    const { bounds } = demo();
    const t = fitTransform(bounds, 4000, 4000);
    expect(t.k).toBe(1);
    const small = fitTransform(bounds, 600, 400);
    expect(small.k).toBeLessThan(1);
    expect(bounds.x * small.k + small.x).toBeGreaterThanOrEqual(31);
  });
});

describe('keyboard', () => {
  const order = visitOrder(demo());
  const id = (i: number) => order[i]?.data.id ?? '';

  it('walks down from the first org into its groups and items, and pages between orgs', () => {
    expect(id(0)).toBe('org:org-lab');
    expect(keyAction(order, null, 'ArrowDown')).toEqual({ kind: 'focus', id: 'org:org-lab' });
    expect(keyAction(order, 'org:org-lab', 'ArrowDown')).toEqual({ kind: 'focus', id: 'group:org-lab:admins' });
    expect(keyAction(order, 'group:org-lab:admins', 'PageDown')).toEqual({ kind: 'focus', id: 'org:org-lab_new' });
    expect(keyAction(order, 'org:org-lab_new', 'PageUp')).toEqual({ kind: 'focus', id: 'org:org-lab' });
  });

  it('collapses with Left, steps out to the parent, expands with Right and activates with Enter', () => {
    expect(keyAction(order, 'org:org-lab', 'ArrowLeft')).toEqual({ kind: 'toggle', id: 'org:org-lab', expand: false });
    expect(keyAction(order, 'person:org-lab:user-b', 'ArrowLeft')).toEqual({ kind: 'focus', id: 'group:org-lab:members' });
    expect(keyAction(order, 'org:org-lab', 'ArrowRight')).toEqual({ kind: 'focus', id: 'group:org-lab:admins' });
    expect(keyAction(order, 'group:org-lab_new:apps', 'ArrowRight')).toBeNull();
    expect(keyAction(order, 'person:org-lab:user-b', 'Enter')).toEqual({ kind: 'activate', id: 'person:org-lab:user-b' });
  });
});
