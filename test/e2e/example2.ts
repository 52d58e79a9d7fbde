// scenarios.md Example 2 on the demo workspace: each user's membership cell per org, as the
// Members matrix and the Matrix view both show it (level, "(billable)" when set, '' when absent).
export const EXAMPLE2_MATRIX: Readonly<Record<string, Record<string, string>>> = {
  'user-a': { 'org-lab': 'ADMIN', 'org-lab_new': '' },
  'user-b': { 'org-lab': 'MEMBER', 'org-lab_new': '' },
  'user-c': { 'org-lab': 'MEMBER', 'org-lab_new': '' },
  'user-d': { 'org-lab': 'ADMIN', 'org-lab_new': 'ADMIN' },
  'user-e': { 'org-lab': 'MEMBER (billable)', 'org-lab_new': 'MEMBER (billable)' },
  'user-f': { 'org-lab': '', 'org-lab_new': 'MEMBER' },
};
