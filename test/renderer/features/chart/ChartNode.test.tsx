// @vitest-environment happy-dom
// Chart nodes as drawn: a person's level and flag badges and multi-org mark, the pending mark,
// an org's counts and expand state, a project's granted level, and the search highlight.
import { cleanup, render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { NodeMarks } from '../../../../renderer/features/chart/ChartNode';
import { ChartNode } from '../../../../renderer/features/chart/ChartNode';
import type { LaidOutNode } from '../../../../renderer/features/chart/chartLayout';
import type { ChartNodeData } from '../../../../renderer/features/chart/chartModel';
import { org, person } from './chartFixtures';

afterEach(cleanup);

const PLAIN: NodeMarks = { hovered: false, highlighted: false, selected: false, focused: false, problem: null };

function draw(data: ChartNodeData, marks: Partial<NodeMarks> = {}): SVGGElement {
  const node: LaidOutNode = { data, x: 0, y: 0, width: 340, height: 44, depth: 3, parentId: null };
  const Svg = (): ReactElement => (
    <svg>
      <ChartNode node={node} marks={{ ...PLAIN, ...marks }} />
    </svg>
  );
  const { container } = render(<Svg />);
  const g = container.querySelector<SVGGElement>('[data-node-id]');
  if (!g) throw new Error('no node drawn');
  return g;
}

const texts = (g: Element): string[] => Array.from(g.querySelectorAll('text')).map((t) => t.textContent ?? '');

describe('person node', () => {
  it('shows level, billable, app access and projectAccess badges, and how many orgs', () => {
    const g = draw({ kind: 'person', id: 'person:org-lab:user-e', org: 'org-lab', item: person('user-e', 'MEMBER', 2, { name: 'Eli Evans', allowBillableActivities: true }), children: [] });
    expect(texts(g)).toEqual(['EE', 'Eli Evans', 'user-e', 'MEMBER', 'billable', 'apps', 'CONTRIBUTE', '2 orgs']);
    expect(g.getAttribute('role')).toBe('treeitem');
    expect(g.getAttribute('aria-label')).toBe('Eli Evans (user-e), MEMBER in org-lab, billable, app access, project access CONTRIBUTE, in 2 orgs');
    expect(g.getAttribute('data-user')).toBe('user-e');
  });

  it('strikes out flags that are off and drops the multi-org mark for a one-org person', () => {
    const g = draw({ kind: 'person', id: 'p', org: 'org-lab', item: person('user-b', 'MEMBER', 1, { appAccess: false, projectAccess: 'NONE' }), children: [] });
    const struck = Array.from(g.querySelectorAll('text[text-decoration="line-through"]')).map((t) => t.textContent);
    expect(struck).toEqual(['billable', 'apps']);
    expect(texts(g)).not.toContain('1 orgs');
    expect(texts(g)).toContain('NONE');
    expect(g.getAttribute('aria-label')).toContain('not billable, no app access, project access NONE');
  });

  it('says pending for an unsynced edit, and conflict over pending when there is one', () => {
    const item = person('user-b', 'MEMBER', 1, { pending: true });
    expect(texts(draw({ kind: 'person', id: 'p', org: 'org-lab', item, children: [] }))).toContain('pending');
    cleanup();
    const g = draw({ kind: 'person', id: 'p', org: 'org-lab', item, children: [] }, { problem: 'conflict' });
    expect(texts(g)).toContain('conflict');
    expect(texts(g)).not.toContain('pending');
  });

  it('outlines a highlighted occurrence and marks it for tests and styles', () => {
    const g = draw({ kind: 'person', id: 'p', org: 'org-lab', item: person('user-e', 'MEMBER', 2), children: [] }, { highlighted: true });
    expect(g.getAttribute('class')).toContain('is-highlighted');
    expect(g.querySelector('rect')?.getAttribute('stroke')).toBe('#1f5fbf');
  });
});

describe('org, group and project nodes', () => {
  it('shows the org’s counts and whether it is expanded', () => {
    const o = org('org-lab', { adminCount: 2, memberCount: 3, projectCount: 2, appCount: 1 });
    const g = draw({ kind: 'org', id: 'org:org-lab', org: o, expanded: false, children: [] });
    expect(g.getAttribute('aria-expanded')).toBe('false');
    expect(texts(g)).toContain('2 admins · 3 members · 2 projects · 1 app');
    expect(texts(g)).toContain('You: ADMIN');
  });

  it('draws an empty group muted and not expandable', () => {
    const g = draw({ kind: 'group', id: 'group:org-x:apps', org: 'org-x', group: 'apps', count: 0, expanded: false, children: [] });
    expect(texts(g)).toEqual(['Apps', '0']);
    expect(g.hasAttribute('aria-expanded')).toBe(false);
  });

  it('shows the level a project is shared with the org at', () => {
    const g = draw({ kind: 'project', id: 'x', org: 'org-lab', item: { id: 'project-1', name: 'Raw Data', level: 'UPLOAD', billTo: 'org-lab', pending: false }, children: [] });
    expect(texts(g)).toEqual(['Raw Data', 'UPLOAD']);
    expect(g.getAttribute('aria-label')).toBe('Project Raw Data shared with org-lab at UPLOAD');
  });
});
