// What-if wording ("23 users lose CONTRIBUTE on Raw Data") and the window codec round trip.
import { describe, expect, it } from 'vitest';
import { whatIfGroupText, whatIfSummary } from '../../../../renderer/features/heatmap/heatmapText';
import { decodeHeatmapCell, decodeHeatmapRow, encodeHeatmapCell } from '../../../../shared/contract/index';
import type { HeatmapCellValue } from '../../../../shared/contract/index';
import { LEVELS } from '../../../../shared/domain/index';

describe('what-if wording', () => {
  it('says who loses or gains what, on which project', () => {
    expect(whatIfGroupText({ count: 23, from: 'CONTRIBUTE', to: 'NONE', projectName: 'Raw Data' })).toBe('23 users lose CONTRIBUTE on Raw Data');
    expect(whatIfGroupText({ count: 1, from: 'CONTRIBUTE', to: 'VIEW', projectName: 'Raw Data' })).toBe('1 user loses CONTRIBUTE on Raw Data (now VIEW)');
    expect(whatIfGroupText({ count: 2, from: 'NONE', to: 'UPLOAD', projectName: 'Resources' })).toBe('2 users gain UPLOAD on Resources');
    expect(whatIfGroupText({ count: 1200, from: 'VIEW', to: 'ADMINISTER', projectName: 'P' })).toBe('1,200 users gain ADMINISTER on P (was VIEW)');
    expect(whatIfSummary({ cells: 0, users: 0, projects: 0 })).toBe('No cell would change.');
    expect(whatIfSummary({ cells: 2, users: 1, projects: 2 })).toBe('2 cells would change: 1 user on 2 projects.');
  });
});

describe('heatmap window codec', () => {
  it('round-trips every cell value through one character', () => {
    const seen = new Set<string>();
    for (const level of LEVELS)
      for (const kind of [null, 'direct', 'org', 'public'] as const)
        for (const flag of [false, true]) {
          const cell: HeatmapCellValue = { level, kind, flag };
          const ch = encodeHeatmapCell(cell);
          expect(ch).toHaveLength(1);
          expect(decodeHeatmapCell(ch)).toEqual(cell);
          seen.add(ch);
        }
    expect(seen.size).toBe(40);
    expect(() => decodeHeatmapCell('!')).toThrow(/not a heatmap cell/);
  });

  it('decodes a row, giving each org-won cell its org in column order', () => {
    const row = [
      encodeHeatmapCell({ level: 'UPLOAD', kind: 'org', flag: false }),
      encodeHeatmapCell({ level: 'NONE', kind: null, flag: false }),
      encodeHeatmapCell({ level: 'ADMINISTER', kind: 'direct', flag: true }),
      encodeHeatmapCell({ level: 'VIEW', kind: 'org', flag: true }),
    ].join('');
    expect(decodeHeatmapRow(row, [1, 0], ['org-a', 'org-lab'])).toEqual([
      { level: 'UPLOAD', kind: 'org', flag: false, org: 'org-lab' },
      { level: 'NONE', kind: null, flag: false },
      { level: 'ADMINISTER', kind: 'direct', flag: true },
      { level: 'VIEW', kind: 'org', flag: true, org: 'org-a' },
    ]);
  });
});
