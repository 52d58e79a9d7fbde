// What the chart shows before layout: orgs collapse by default past the thresholds, explicit
// choices win, only expanded groups are fetched, and large groups page with "show more".
import { describe, expect, it } from 'vitest';
import type { ChartGroupPage } from '../../../../shared/contract/index';
import type { ChartNodeData, Expansion } from '../../../../renderer/features/chart/chartModel';
import { MAX_EXPANDED_ORGS, buildChartTree, pageKey, pageRequests } from '../../../../renderer/features/chart/chartModel';
import { createChartStore } from '../../../../renderer/features/chart/chartStore';
import { EMPTY_EXPANSION, demoPages, demoSkeleton, org, person } from './chartFixtures';

const kinds = (n: ChartNodeData): string[] => n.children.map((c) => (c.kind === 'group' ? `${c.group}:${c.expanded ? 'open' : 'shut'}` : c.kind));

describe('default collapse', () => {
  it('expands every org of a small workspace, with all non-empty groups open', () => {
    const tree = buildChartTree(demoSkeleton, EMPTY_EXPANSION, demoPages());
    const [lab, labNew] = tree.children;
    expect(lab?.kind === 'org' && lab.expanded).toBe(true);
    expect(kinds(lab as ChartNodeData)).toEqual(['admins:open', 'members:open', 'projects:open', 'apps:open']);
    // Empty groups show, but closed (nothing to open).
    expect(kinds(labNew as ChartNodeData)).toEqual(['admins:open', 'members:open', 'projects:shut', 'apps:shut']);
  });

  it(`collapses every org when there are more than ${MAX_EXPANDED_ORGS}, and asks for no group pages`, () => {
    const skeleton = { orgs: Array.from({ length: MAX_EXPANDED_ORGS + 1 }, (_, i) => org(`org-o${i}`, { memberCount: 3 })), people: 40, multiOrgPeople: 0 };
    const tree = buildChartTree(skeleton, EMPTY_EXPANSION, new Map());
    expect(tree.children.every((o) => o.kind === 'org' && !o.expanded && o.children.length === 0)).toBe(true);
    expect(pageRequests(skeleton, EMPTY_EXPANSION)).toEqual([]);
  });

  it('collapses an org with more than 200 people even among few orgs; an explicit choice wins', () => {
    const skeleton = { orgs: [org('org-big', { adminCount: 5, memberCount: 196 }), org('org-small', { memberCount: 2 })], people: 203, multiOrgPeople: 0 };
    const tree = buildChartTree(skeleton, EMPTY_EXPANSION, new Map());
    expect(tree.children.map((o) => (o.kind === 'org' ? o.expanded : null))).toEqual([false, true]);
    const opened: Expansion = { ...EMPTY_EXPANSION, orgs: new Map([['org-big', true]]) };
    expect(pageRequests(skeleton, opened).filter((r) => r.org === 'org-big')).toEqual([
      { org: 'org-big', group: 'admins', offset: 0, limit: 50 },
      { org: 'org-big', group: 'members', offset: 0, limit: 50 },
    ]);
  });
});

describe('paging', () => {
  const skeleton = { orgs: [org('org-big', { adminCount: 0, memberCount: 120 })], people: 120, multiOrgPeople: 0 };
  const expansion: Expansion = { ...EMPTY_EXPANSION, orgs: new Map([['org-big', true]]) };
  const page = (offset: number, n: number): ChartGroupPage => ({
    group: 'members',
    org: 'org-big',
    total: 120,
    offset,
    items: Array.from({ length: n }, (_, i) => person(`user-${String(offset + i).padStart(3, '0')}`, 'MEMBER')),
  });

  it('shows the first 50 and a "show more" node counting the rest', () => {
    const pages = new Map([[pageKey(page(0, 50)), page(0, 50)]]);
    const members = buildChartTree(skeleton, expansion, pages).children[0]?.children[1];
    expect(members?.children).toHaveLength(51);
    expect(members?.children[50]).toMatchObject({ kind: 'more', shown: 50, total: 120 });
  });

  it('asks for the next page after "show more", and shows it loading until it arrives', () => {
    const store = createChartStore();
    store.setState({ orgs: new Map([['org-big', true]]) });
    store.getState().showMore('org-big', 'members');
    const x = store.getState();
    expect(pageRequests(skeleton, x).map((r) => r.offset)).toEqual([0, 50]);
    const pages = new Map([[pageKey(page(0, 50)), page(0, 50)]]);
    const members = buildChartTree(skeleton, x, pages).children[0]?.children[1];
    expect(members?.children.at(-1)?.kind).toBe('loading');
  });

  it('never asks beyond the last page', () => {
    const x: Expansion = { ...expansion, pages: new Map([['org-big/members', 9]]) };
    expect(pageRequests(skeleton, x).map((r) => r.offset)).toEqual([0, 50, 100]);
  });
});

describe('search reveal', () => {
  it('expands the orgs and groups of the person, pages to their rank, highlights and selects them', () => {
    const store = createChartStore();
    store.setState({ orgs: new Map([['org-a', false]]), groups: new Map([['org-a/members', false]]) });
    store.getState().reveal({
      user: 'user-x',
      name: 'X',
      email: '',
      memberships: [
        { org: 'org-a', group: 'members', rank: 130 },
        { org: 'org-b', group: 'admins', rank: 0 },
      ],
    });
    const s = store.getState();
    expect([...s.orgs]).toEqual([
      ['org-a', true],
      ['org-b', true],
    ]);
    expect(s.groups.get('org-a/members')).toBe(true);
    expect(s.pages.get('org-a/members')).toBe(3);
    expect(s.pages.get('org-b/admins')).toBe(1);
    expect(s).toMatchObject({ highlightUser: 'user-x', selection: { kind: 'person', user: 'user-x' }, centreOn: { user: 'user-x', expected: 2 } });
  });
});
