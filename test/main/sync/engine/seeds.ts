// Seeds for the sync tests: the scenarios.md people with tokens, and the demo state.
import type { SeedInput } from '../../../../main/seed/seedSchema';

export const PEOPLE = ['a', 'b', 'c', 'd', 'e', 'f'].map((x) => ({ id: `user-${x}`, email: `${x}@lab.example`, first: x.toUpperCase(), last: 'Test' }));
export const TOKENS = Object.fromEntries(PEOPLE.map((u) => [`token-for-${u.id.slice(5)}`, u.id]));

/** scenarios.md Example 1's start: the people, and app qc developed by user-d, billed to org-lab. */
export const EXAMPLE1_START: SeedInput = {
  users: PEOPLE,
  tokens: TOKENS,
  apps: [{ id: 'app-GQ9kZb2pXf4vJ8yK0qPzB1Fx', name: 'qc', published: true, billTo: 'org-lab', developers: ['user-d'], authorizedUsers: [] }],
};

export const QC = 'app-GQ9kZb2pXf4vJ8yK0qPzB1Fx';
