// Settings preview: override labels, the downloadRestricted coupling, and who loses a capability.
import { describe, expect, it } from 'vitest';
import { DEFAULT_PROJECT_SETTINGS } from '../../../../shared/domain/index';
import { capabilityShifts, planView } from '../../../../renderer/features/projects/settingsPreview';

const ctx = { billTo: 'org-lab', billToPhiEnabled: false };

describe('settings preview', () => {
  it('labels overrides as the settings tab does and marks the coupled previewViewerRestricted', () => {
    const plan = planView(DEFAULT_PROJECT_SETTINGS, { downloadRestricted: true }, ctx);
    expect(plan.ok).toBe(true);
    if (!plan.ok) return;
    expect(plan.lines).toEqual([
      { key: 'downloadRestricted', label: 'Download access', from: 'All members', to: 'No one', coupled: false },
      { key: 'previewViewerRestricted', label: 'previewViewerRestricted', from: 'off', to: 'on', coupled: true },
    ]);
  });

  it('reopens downloads only once previewViewerRestricted is already off', () => {
    const current = { ...DEFAULT_PROJECT_SETTINGS, downloadRestricted: true, previewViewerRestricted: true };
    expect(planView(current, { downloadRestricted: false }, ctx).ok).toBe(false);
    expect(planView(current, { downloadRestricted: false, previewViewerRestricted: false }, ctx).ok).toBe(false);
    expect(planView(current, { previewViewerRestricted: false }, ctx).ok).toBe(true);
    expect(planView({ ...current, previewViewerRestricted: false }, { downloadRestricted: false }, ctx).ok).toBe(true);
  });

  it('lists who loses a capability', () => {
    const users = [
      { user: 'user-a', level: 'ADMINISTER' as const },
      { user: 'user-b', level: 'CONTRIBUTE' as const },
      { user: 'user-x', level: 'NONE' as const },
    ];
    const shifts = capabilityShifts(users, DEFAULT_PROJECT_SETTINGS, { ...DEFAULT_PROJECT_SETTINGS, protected: true });
    expect(shifts).toEqual([{ capability: 'delete', label: 'Delete data', lose: ['user-b'], gain: [] }]);
  });
});
