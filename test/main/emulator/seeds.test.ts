// The seed fixtures under test/fixtures/seeds: each is a valid seed, demo.json is exactly the
// demo seed (so `--seed demo.json` and the default agree), and example1-start.json is the
// start of scenarios.md Example 1 (users a..d with tokens and the qc app, nothing else).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoSeed } from '../../../main/seed/demoSeed';
import { SeedSchema } from '../../../main/seed/seedSchema';
import { emulator, ok } from './emuHelpers';

const SEEDS = path.resolve(__dirname, '../../fixtures/seeds');
const load = (name: string): unknown => JSON.parse(readFileSync(path.join(SEEDS, name), 'utf8'));

describe('seed fixtures', () => {
  it('demo.json is the demo seed', () => {
    expect(SeedSchema.parse(load('demo.json'))).toEqual(demoSeed);
  });

  it('example1-start.json holds users a..d with tokens and the qc app only', async () => {
    const seed = SeedSchema.parse(load('example1-start.json'));
    expect(seed.users.map((u) => u.id)).toEqual(['user-a', 'user-b', 'user-c', 'user-d']);
    expect(seed.orgs).toEqual([]);
    expect(seed.projects).toEqual([]);
    const emu = await emulator({ seed });
    expect(await ok(emu, 'token-for-c', '/system/whoami')).toEqual({ id: 'user-c' });
    expect(await ok(emu, 'token-for-d', '/app-qc/listAuthorizedUsers')).toEqual({ authorizedUsers: [] });
  });
});
