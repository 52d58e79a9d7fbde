// The demo workspace: scenarios.md after Example 2 (before Example 1 step 5), as an emulator
// seed so the desktop demo and the sandbox platform start identical. Data only.
import type { Seed, SeedInput } from './seedSchema';
import { SeedSchema } from './seedSchema';

export const DEMO_ACTING_USER = 'user-d';

export const DEMO_PROJECT_IDS = {
  resources: 'project-Gq4pF2kZ0bXv8J9yKQfYbP1x',
  rawData: 'project-GzKV1p9bXQ0yJ4fZk8qPvY2B',
} as const;
export const DEMO_APP_ID = 'app-GQ9kZb2pXf4vJ8yK0qPzB1Fx';

const demoSeedInput: SeedInput = {
  users: [
    { id: 'user-a', email: 'a@lab.example', first: 'Ada', last: 'Adams' },
    { id: 'user-b', email: 'b@lab.example', first: 'Ben', last: 'Baker' },
    { id: 'user-c', email: 'c@lab.example', first: 'Cleo', last: 'Carter' },
    { id: 'user-d', email: 'd@lab.example', first: 'Dana', last: 'Diaz' },
    { id: 'user-e', email: 'e@lab.example', first: 'Eli', last: 'Evans' },
    { id: 'user-f', email: 'f@lab.example', first: 'Fay', last: 'Foster' },
  ],
  tokens: {
    'token-for-a': 'user-a',
    'token-for-b': 'user-b',
    'token-for-c': 'user-c',
    'token-for-d': 'user-d',
    'token-for-e': 'user-e',
    'token-for-f': 'user-f',
  },
  orgs: [
    {
      id: 'org-lab',
      name: 'Lab',
      phiFeaturesEnabled: false,
      policies: { memberListVisibility: 'ADMIN', restrictProjectTransfer: 'ADMIN' },
      members: [
        { id: 'user-a', level: 'ADMIN' },
        { id: 'user-b', level: 'MEMBER', allowBillableActivities: false, appAccess: true, projectAccess: 'CONTRIBUTE' },
        { id: 'user-c', level: 'MEMBER', allowBillableActivities: false, appAccess: true, projectAccess: 'CONTRIBUTE' },
        { id: 'user-d', level: 'ADMIN' },
        { id: 'user-e', level: 'MEMBER', allowBillableActivities: true, appAccess: true, projectAccess: 'CONTRIBUTE' },
      ],
    },
    {
      id: 'org-lab_new',
      name: 'Lab (new)',
      phiFeaturesEnabled: false,
      policies: { memberListVisibility: 'ADMIN', restrictProjectTransfer: 'ADMIN' },
      members: [
        { id: 'user-d', level: 'ADMIN' },
        { id: 'user-e', level: 'MEMBER', allowBillableActivities: true, appAccess: true, projectAccess: 'CONTRIBUTE' },
        { id: 'user-f', level: 'MEMBER', allowBillableActivities: false, appAccess: true, projectAccess: 'CONTRIBUTE' },
      ],
    },
  ],
  projects: [
    {
      id: DEMO_PROJECT_IDS.resources,
      name: 'Resources',
      billTo: 'org-lab',
      permissions: { 'user-a': 'ADMINISTER', 'org-lab': 'VIEW' },
      protected: false,
      restricted: false,
      downloadRestricted: false,
      containsPHI: false,
    },
    {
      id: DEMO_PROJECT_IDS.rawData,
      name: 'Raw Data',
      billTo: 'org-lab',
      permissions: { 'user-d': 'ADMINISTER', 'org-lab': 'UPLOAD' },
      protected: false,
      restricted: false,
      downloadRestricted: false,
      containsPHI: false,
    },
  ],
  apps: [
    { id: DEMO_APP_ID, name: 'qc', published: true, billTo: 'org-lab', developers: ['user-d'], authorizedUsers: ['org-lab'] },
  ],
};

/** Parsed once at load, so every default is spelled out for the emulator and the loader alike. */
export const demoSeed: Seed = SeedSchema.parse(demoSeedInput);
