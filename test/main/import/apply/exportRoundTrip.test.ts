// Property: any member table written by exports.members (names with commas, quotes, newlines
// and formula-looking text included) imports back as all-unchanged: exporter and importer agree.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { loadSeed } from '../../../../main/seed/loadSeed';
import { LEVELS } from '../../../../shared/domain/index';
import { closeAll, emptyApp } from '../../services/fixtures';
import { planText } from '../plan/importHelpers';

afterEach(closeAll);

const member = fc.oneof(
  fc.constant({ level: 'ADMIN' as const }),
  fc.record({ level: fc.constant('MEMBER' as const), allowBillableActivities: fc.boolean(), appAccess: fc.boolean(), projectAccess: fc.constantFrom(...LEVELS) }),
);
const nasty = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('=SUM(A1)', '+1', '-x', '@me', 'a,b', 'say "hi"', 'two\nlines', ' pad ', 'Müller'));

const table = fc.record({
  users: fc.array(fc.record({ first: nasty, last: nasty, email: nasty }), { minLength: 1, maxLength: 8 }),
  orgs: fc.integer({ min: 1, max: 3 }),
  cells: fc.array(fc.option(member, { nil: undefined }), { minLength: 24, maxLength: 24 }),
});

describe('exports.members -> imports.plan', () => {
  it('round-trips any member table as all unchanged', () => {
    fc.assert(
      fc.property(table, ({ users, orgs, cells }) => {
        const app = emptyApp();
        const orgIds = Array.from({ length: orgs }, (_, i) => `org-o${i}`);
        loadSeed(app.db, {
          users: [{ id: 'user-actor' }, ...users.map((u, i) => ({ id: `user-u${i}`, ...u }))],
          orgs: orgIds.map((id, o) => ({
            id,
            name: id,
            members: [
              { id: 'user-actor', level: 'ADMIN' as const },
              ...users.flatMap((_, i) => {
                const m = cells[(o * 8 + i) % cells.length];
                return m ? [{ id: `user-u${i}`, ...m }] : [];
              }),
            ],
          })),
          projects: [],
          apps: [],
        });
        app.services.workspace.setActingUser('user-actor');
        const exported = app.services.exports.members({});
        const plan = planText(app, exported.content);
        expect(plan.summary).toEqual({ create: 0, update: 0, unchanged: app.repos.memberships.all().length, remove: 0, skip: 0, error: 0 });
        closeAll();
      }),
      { numRuns: 40 },
    );
  });
});
