// Confirm-button wording built from previews ("Remove user-c and revoke 2 projects, 1 app").
import { describe, expect, it } from 'vitest';
import { impactPhrase, memberChangeConfirmLabel, removalConfirmLabel, shareConfirmLabel, shareImpactPhrase } from '../../../renderer/ui/confirmText';

describe('confirm-button wording', () => {
  it('says what a removal revokes (ui.md example)', () => {
    expect(removalConfirmLabel('user-c', 2, 1)).toBe('Remove user-c and revoke 2 projects, 1 app');
    expect(removalConfirmLabel('user-c', 1, 0)).toBe('Remove user-c and revoke 1 project');
    expect(removalConfirmLabel('user-c', 0, 2)).toBe('Remove user-c and revoke 2 apps');
    expect(removalConfirmLabel('user-c', 0, 0)).toBe('Remove user-c');
  });

  it('separates revoked, lowered and granted access', () => {
    expect(
      impactPhrase(
        [
          { from: 'VIEW', to: 'NONE' },
          { from: 'UPLOAD', to: 'VIEW' },
          { from: 'NONE', to: 'CONTRIBUTE' },
        ],
        [{ from: true, to: false }],
      ),
    ).toBe('revoke 1 project, 1 app, lower 1 project and grant 1 project');
    expect(impactPhrase([], [])).toBe('');
  });

  it('names demotions and promotions', () => {
    expect(memberChangeConfirmLabel('user-d', 'ADMIN', 'MEMBER', [{ from: 'ADMINISTER', to: 'CONTRIBUTE' }], [])).toBe('Demote user-d to MEMBER and lower 1 project');
    expect(memberChangeConfirmLabel('user-b', 'MEMBER', 'ADMIN', [], [])).toBe('Promote user-b to ADMIN');
    expect(memberChangeConfirmLabel('user-b', 'MEMBER', 'MEMBER', [{ from: 'VIEW', to: 'NONE' }], [{ from: true, to: false }])).toBe('Save user-b and revoke 1 project, 1 app');
  });

  it('counts who gains and who loses in a sharing change', () => {
    const changes = [
      { from: 'NONE', to: 'VIEW' },
      { from: 'NONE', to: 'UPLOAD' },
      { from: 'UPLOAD', to: 'VIEW' },
    ] as const;
    expect(shareImpactPhrase(changes)).toBe('2 users gain, 1 user loses');
    expect(shareConfirmLabel('org-lab', 'UPLOAD', null, changes)).toBe('Share with org-lab at UPLOAD (2 users gain, 1 user loses)');
    expect(shareConfirmLabel('org-lab', 'VIEW', 'UPLOAD', [])).toBe('Change org-lab to VIEW');
    expect(shareConfirmLabel('org-lab', null, 'VIEW', [{ from: 'VIEW', to: 'NONE' }])).toBe('Revoke org-lab (1 user loses)');
  });
});
