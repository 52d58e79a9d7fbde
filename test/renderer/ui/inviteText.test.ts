// Invite preview wording: the gains line and the confirm button built from the same preview.
import { describe, expect, it } from 'vitest';
import { gainsText, inviteConfirmLabel } from '../../../renderer/ui/confirmText';

const projects = [
  { name: 'Resources', from: 'NONE' as const, to: 'VIEW' as const },
  { name: 'Raw Data', from: 'NONE' as const, to: 'UPLOAD' as const },
];
const apps = [{ name: 'qc', from: false, to: true }];

describe('invite preview text', () => {
  it('lists gained projects by name with their level, then runnable apps', () => {
    expect(gainsText(projects, apps)).toBe('Gains: Raw Data UPLOAD, Resources VIEW; can run qc');
    expect(gainsText([], [])).toBe('Gains nothing beyond the membership itself');
  });
  it('says what the confirm button does', () => {
    expect(inviteConfirmLabel('user-f', 'org-lab', projects, apps)).toBe('Add user-f to org-lab and grant 2 projects, 1 app');
    expect(inviteConfirmLabel('user-f', 'org-lab', [], [])).toBe('Add user-f to org-lab');
  });
});
