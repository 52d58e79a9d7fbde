// @vitest-environment happy-dom
// Matrix cells as a user sees them: org level (A/M), the three flags in fixed slots, an ADMIN's
// fixed flags muted, an empty cell drawing nothing, and the pending / conflict marks.
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { CellFacts } from '../../../../shared/contract/index';
import { decodeMatrixCell, encodeMatrixCell } from '../../../../shared/contract/index';
import { MatrixCellContent, cellLabel } from '../../../../renderer/features/matrix/MatrixCell';

afterEach(cleanup);

const member = (over: Partial<CellFacts> = {}): CellFacts => ({ level: 'MEMBER', allowBillableActivities: false, appAccess: true, projectAccess: 'CONTRIBUTE', pending: false, ...over });
const admin: CellFacts = { level: 'ADMIN', allowBillableActivities: true, appAccess: true, projectAccess: 'ADMINISTER', pending: false };

function draw(facts: CellFacts | null, problem: 'failed' | 'conflict' | null = null) {
  const { container } = render(<MatrixCellContent facts={facts} problem={problem} />);
  const flags = [...container.querySelectorAll('.mx-flag')].map((f) => `${f.textContent ?? ''}${f.classList.contains('on') ? '+' : '-'}`);
  return {
    container,
    org: container.querySelector('.mx-org')?.textContent,
    flags,
    pa: container.querySelector('.mx-pa')?.textContent,
    mark: container.querySelector('.mx-mark')?.className ?? null,
    title: container.querySelector('.mx-cell')?.getAttribute('title'),
  };
}

describe('matrix cell', () => {
  it('shows a MEMBER with level, billable, app access and projectAccess initial', () => {
    const c = draw(member({ allowBillableActivities: true, appAccess: false, projectAccess: 'VIEW' }));
    expect(c.org).toBe('M');
    expect(c.flags).toEqual(['$+', '▶-']);
    expect(c.pa).toBe('V');
    expect(c.mark).toBeNull();
    expect(c.title).toBe('MEMBER: billable on, app access off, project access VIEW');
    expect(cellLabel(member({ allowBillableActivities: true, appAccess: false, projectAccess: 'VIEW' }), null)).toBe('MEMBER (billable, no app access, projects VIEW)');
  });

  it("shows an ADMIN's fixed flags as on, muted, with the rule in the tooltip", () => {
    const c = draw(admin);
    expect(c.org).toBe('A');
    expect(c.container.querySelector('.mx-cell')?.classList.contains('is-admin')).toBe(true);
    expect(c.flags).toEqual(['$+', '▶+']);
    expect(c.pa).toBe('A');
    expect(c.title).toMatch(/fixed for ADMINs/);
    expect(cellLabel(admin, null)).toBe('ADMIN');
  });

  it('draws nothing for an empty cell and names it for assistive tech', () => {
    expect(draw(null).container.innerHTML).toBe('');
    expect(cellLabel(null, null)).toBe('not a member');
  });

  it('marks unsynced edits, and a conflict outranks pending', () => {
    expect(draw(member({ pending: true })).mark).toBe('mx-mark mx-pending');
    expect(cellLabel(member({ pending: true }), null)).toBe('MEMBER, pending');
    expect(draw(member({ pending: true }), 'conflict').mark).toBe('mx-mark mx-conflict');
    expect(cellLabel(member({ pending: true }), 'conflict')).toBe('MEMBER, conflict');
  });

  it('round-trips every membership through the compact cell code', () => {
    for (const level of ['ADMIN', 'MEMBER'] as const)
      for (const allowBillableActivities of [true, false])
        for (const appAccess of [true, false])
          for (const projectAccess of ['NONE', 'VIEW', 'UPLOAD', 'CONTRIBUTE', 'ADMINISTER'] as const)
            for (const pending of [true, false]) {
              const facts = { level, allowBillableActivities, appAccess, projectAccess, pending };
              expect(decodeMatrixCell(encodeMatrixCell(facts))).toEqual(facts);
            }
  });
});
