// @vitest-environment happy-dom
// Heatmap cell rendering: the level's colour from the one scale with its initial, the route
// mark class for how access comes, the empty cell, the loading cell, and a what-if cell.
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { HeatmapCell } from '../../../../renderer/features/heatmap/HeatmapCell';
import type { ShownCell } from '../../../../renderer/features/heatmap/windowCache';
import { levelSwatch } from '../../../../renderer/ui/levelScale';

afterEach(cleanup);

function cellEl(cell: ShownCell | undefined, pivot: 'users' | 'orgs' = 'users'): HTMLElement {
  const { container } = render(<HeatmapCell id="c" cell={cell} rowLabel="user-b" colLabel="Raw Data" pivot={pivot} active={false} style={{}} row={0} col={0} />);
  return container.firstElementChild as HTMLElement;
}

describe('heatmap cell', () => {
  it('colours by level, shows its initial and marks an org route with the org in its name', () => {
    const el = cellEl({ level: 'UPLOAD', kind: 'org', flag: false, org: 'org-lab' });
    expect(el.textContent).toBe('U');
    expect(el.getAttribute('aria-label')).toBe('user-b on Raw Data: UPLOAD, via org-lab');
    expect(el.className).toContain('hm-k-org');
    expect(el.style.backgroundColor).toBe(levelSwatch('UPLOAD').background);
    expect(el.style.color).toBe(levelSwatch('UPLOAD').foreground);
    expect(el.dataset.level).toBe('UPLOAD');
  });

  it('marks direct and public routes, and "other routes too"', () => {
    const direct = cellEl({ level: 'ADMINISTER', kind: 'direct', flag: true });
    expect(direct.className).toContain('hm-k-direct');
    expect(direct.className).toContain('has-more');
    expect(direct.textContent).toBe('A');
    expect(direct.getAttribute('aria-label')).toBe('user-b on Raw Data: ADMINISTER, direct grant, other routes too');
    cleanup();
    const pub = cellEl({ level: 'VIEW', kind: 'public', flag: false });
    expect(pub.className).toContain('hm-k-public');
    expect(pub.className).not.toContain('has-more');
  });

  it('renders NONE empty, with no mark and a readable name', () => {
    const el = cellEl({ level: 'NONE', kind: null, flag: false });
    expect(el.textContent).toBe('');
    expect(el.className).toContain('is-empty');
    expect(el.className).not.toMatch(/hm-k-/);
    expect(el.getAttribute('aria-label')).toBe('user-b on Raw Data: no access');
  });

  it('shows a loading cell until its block arrives', () => {
    const el = cellEl(undefined);
    expect(el.className).toContain('is-loading');
    expect(el.getAttribute('aria-label')).toBe('user-b on Raw Data: loading');
  });

  it('shows a what-if as before→after, outlined as a loss or a gain', () => {
    const loss = cellEl({ level: 'UPLOAD', kind: 'org', flag: false, org: 'org-lab', change: { from: 2, to: 0 } });
    expect(loss.textContent).toBe('U→–');
    expect(loss.className).toContain('is-loss');
    expect(loss.getAttribute('aria-label')).toBe('user-b on Raw Data: UPLOAD, via org-lab; what if: UPLOAD → NONE');
    cleanup();
    const gain = cellEl({ level: 'NONE', kind: null, flag: false, change: { from: 0, to: 3 } });
    expect(gain.className).toContain('is-gain');
    expect(gain.textContent).toBe('–→C');
  });

  it('words the orgs pivot: granted to the org, members capped or not', () => {
    expect(cellEl({ level: 'UPLOAD', kind: 'org', flag: true, org: 'org-lab' }, 'orgs').getAttribute('aria-label')).toBe(
      'user-b on Raw Data: UPLOAD, granted to the org; some members are capped below it',
    );
  });
});
