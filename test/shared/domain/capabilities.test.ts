// The capability table of scenarios.md "What a level lets a member do", written out literally
// for every level and every combination of the three policy overrides.
import { describe, expect, it } from 'vitest';
import { CAPABILITY_LABELS, POLICY_OVERRIDES, capabilities, overrideChoice } from '../../../shared/domain/index';
import type { Capabilities, Level } from '../../../shared/domain/index';

const open = { restricted: false, protected: false, downloadRestricted: false };

// Rows: level -> [view, copy, download, upload, modify, runApps, delete, administer] with no overrides.
const DEFAULT_TABLE: Record<Level, Capabilities> = {
  NONE: { view: false, copy: false, download: false, upload: false, modify: false, runApps: false, delete: false, administer: false },
  VIEW: { view: true, copy: true, download: true, upload: false, modify: false, runApps: false, delete: false, administer: false },
  UPLOAD: { view: true, copy: true, download: true, upload: true, modify: false, runApps: false, delete: false, administer: false },
  CONTRIBUTE: { view: true, copy: true, download: true, upload: true, modify: true, runApps: true, delete: true, administer: false },
  ADMINISTER: { view: true, copy: true, download: true, upload: true, modify: true, runApps: true, delete: true, administer: true },
};

describe('capabilities with default overrides', () => {
  it.each(Object.entries(DEFAULT_TABLE))('%s', (level, expected) => {
    expect(capabilities(level as Level, open)).toEqual(expected);
  });
});

describe('Copy access = No one (restricted)', () => {
  it.each(['VIEW', 'UPLOAD', 'CONTRIBUTE', 'ADMINISTER'] as const)('%s cannot copy, everything else unchanged', (level) => {
    expect(capabilities(level, { ...open, restricted: true })).toEqual({ ...DEFAULT_TABLE[level], copy: false });
  });
});

describe('Download access = No one (downloadRestricted)', () => {
  it.each(['VIEW', 'UPLOAD', 'CONTRIBUTE', 'ADMINISTER'] as const)('%s cannot download, everything else unchanged', (level) => {
    expect(capabilities(level, { ...open, downloadRestricted: true })).toEqual({ ...DEFAULT_TABLE[level], download: false });
  });
});

describe('Delete access = Admins only (protected)', () => {
  it('CONTRIBUTE can no longer delete; ADMINISTER still can; lower levels never could', () => {
    const prot = { ...open, protected: true };
    expect(capabilities('CONTRIBUTE', prot).delete).toBe(false);
    expect(capabilities('ADMINISTER', prot).delete).toBe(true);
    expect(capabilities('UPLOAD', prot).delete).toBe(false);
    expect(capabilities('VIEW', prot).delete).toBe(false);
    expect(capabilities('CONTRIBUTE', prot)).toEqual({ ...DEFAULT_TABLE.CONTRIBUTE, delete: false });
  });
});

describe('all overrides on', () => {
  it('ADMINISTER keeps view, upload, modify, delete, administer but not copy or download', () => {
    expect(capabilities('ADMINISTER', { restricted: true, protected: true, downloadRestricted: true })).toEqual({
      view: true, copy: false, download: false, upload: true, modify: true, runApps: true, delete: true, administer: true,
    });
  });
  it('NONE stays nothing', () => {
    expect(capabilities('NONE', { restricted: true, protected: true, downloadRestricted: true })).toEqual(DEFAULT_TABLE.NONE);
  });
});

describe('labels', () => {
  it('overrides are labelled as scenarios.md labels them, default choice first', () => {
    expect(POLICY_OVERRIDES.map((o) => [o.label, o.key, [...o.choices]])).toEqual([
      ['Copy access', 'restricted', ['All members', 'No one']],
      ['Delete access', 'protected', ['Contributors & Admins', 'Admins only']],
      ['Download access', 'downloadRestricted', ['All members', 'No one']],
    ]);
  });
  it('maps flag values to choices', () => {
    expect(overrideChoice('restricted', false)).toBe('All members');
    expect(overrideChoice('restricted', true)).toBe('No one');
    expect(overrideChoice('protected', false)).toBe('Contributors & Admins');
    expect(overrideChoice('protected', true)).toBe('Admins only');
    expect(overrideChoice('downloadRestricted', true)).toBe('No one');
  });
  it('every capability has a label', () => {
    expect(Object.keys(CAPABILITY_LABELS).sort()).toEqual(Object.keys(DEFAULT_TABLE.NONE).sort());
  });
});
