// Project settings couplings (scenarios.md "Project policy overrides"; platform-api.md §4.4):
// containsPHI is one-way and needs a PHI org; downloadRestricted drags previewViewerRestricted.
import { describe, expect, it } from 'vitest';
import { DEFAULT_PROJECT_SETTINGS, planSettingsChange } from '../../../shared/domain/index';
import type { ProjectSettings } from '../../../shared/domain/index';

const phiOrg = { billTo: 'org-phi', billToPhiEnabled: true };
const plainOrg = { billTo: 'org-lab', billToPhiEnabled: false };
const notAnOrg = { billTo: 'user-a', billToPhiEnabled: null };
const base: ProjectSettings = { ...DEFAULT_PROJECT_SETTINGS };

describe('defaults', () => {
  it('a new project starts with every flag off and databaseResultsRestricted null', () => {
    expect(DEFAULT_PROJECT_SETTINGS).toEqual({
      protected: false,
      restricted: false,
      downloadRestricted: false,
      previewViewerRestricted: false,
      containsPHI: false,
      externalUploadRestricted: false,
      databaseUIViewOnly: false,
      databaseResultsRestricted: null,
    });
  });
});

describe('containsPHI', () => {
  it('can be switched on when the billTo org has PHI features', () => {
    expect(planSettingsChange(base, { containsPHI: true }, phiOrg)).toEqual({
      ok: true,
      next: { ...base, containsPHI: true },
      changed: ['containsPHI'],
    });
  });
  it('is refused for an org without PHI features, naming the org', () => {
    expect(planSettingsChange(base, { containsPHI: true }, plainOrg)).toEqual({
      ok: false,
      field: 'containsPHI',
      message: 'containsPHI needs PHI features enabled for org-lab',
    });
  });
  it('is refused when billTo is not an org at all', () => {
    const out = planSettingsChange(base, { containsPHI: true }, notAnOrg);
    expect(out).toMatchObject({ ok: false, field: 'containsPHI' });
    if (!out.ok) expect(out.message).toContain('user-a');
  });
  it('can never be switched off, even with a PHI org', () => {
    const on = { ...base, containsPHI: true };
    expect(planSettingsChange(on, { containsPHI: false }, phiOrg)).toEqual({
      ok: false,
      field: 'containsPHI',
      message: 'containsPHI cannot be switched off once it is on',
    });
  });
  it('staying on is no change, even if the org lost PHI features since', () => {
    const on = { ...base, containsPHI: true };
    expect(planSettingsChange(on, { containsPHI: true }, plainOrg)).toEqual({ ok: true, next: on, changed: [] });
    expect(planSettingsChange(on, { restricted: true }, plainOrg)).toEqual({ ok: true, next: { ...on, restricted: true }, changed: ['restricted'] });
  });
});

describe('downloadRestricted and previewViewerRestricted', () => {
  it('turning downloadRestricted on also sets previewViewerRestricted', () => {
    expect(planSettingsChange(base, { downloadRestricted: true }, plainOrg)).toEqual({
      ok: true,
      next: { ...base, downloadRestricted: true, previewViewerRestricted: true },
      changed: ['downloadRestricted', 'previewViewerRestricted'],
    });
  });
  it('previewViewerRestricted cannot be kept off while turning downloadRestricted on', () => {
    const out = planSettingsChange(base, { downloadRestricted: true, previewViewerRestricted: false }, plainOrg);
    expect(out.ok && out.next.previewViewerRestricted).toBe(true);
  });
  it('downloadRestricted cannot be cleared while previewViewerRestricted is on', () => {
    const locked = { ...base, downloadRestricted: true, previewViewerRestricted: true };
    expect(planSettingsChange(locked, { downloadRestricted: false }, plainOrg)).toEqual({
      ok: false,
      field: 'downloadRestricted',
      message: 'Download access can be opened again only after previewViewerRestricted is turned off',
    });
  });
  it('"only after": clearing both in the same change is refused too', () => {
    const locked = { ...base, downloadRestricted: true, previewViewerRestricted: true };
    expect(planSettingsChange(locked, { downloadRestricted: false, previewViewerRestricted: false }, plainOrg)).toMatchObject({
      ok: false,
      field: 'downloadRestricted',
    });
  });
  it('the two-step way out works: preview off first, then download', () => {
    const locked = { ...base, downloadRestricted: true, previewViewerRestricted: true };
    const step1 = planSettingsChange(locked, { previewViewerRestricted: false }, plainOrg);
    expect(step1).toEqual({ ok: true, next: { ...locked, previewViewerRestricted: false }, changed: ['previewViewerRestricted'] });
    if (!step1.ok) return;
    expect(planSettingsChange(step1.next, { downloadRestricted: false }, plainOrg)).toEqual({
      ok: true,
      next: base,
      changed: ['downloadRestricted'],
    });
  });
});

describe('the other overrides', () => {
  it('copy and delete access flip freely and report what changed', () => {
    expect(planSettingsChange(base, { restricted: true, protected: true }, plainOrg)).toEqual({
      ok: true,
      next: { ...base, restricted: true, protected: true },
      changed: ['protected', 'restricted'],
    });
    const both = { ...base, restricted: true, protected: true };
    expect(planSettingsChange(both, { restricted: false, protected: false }, plainOrg)).toEqual({
      ok: true,
      next: base,
      changed: ['protected', 'restricted'],
    });
  });
  it('undefined in a patch changes nothing', () => {
    const on = { ...base, restricted: true };
    expect(planSettingsChange(on, { restricted: undefined }, plainOrg)).toEqual({ ok: true, next: on, changed: [] });
  });
});
