// Command palette ranking: every word must match; titles starting with the query rank first.
import { describe, expect, it } from 'vitest';
import { rankCommands } from '../../../renderer/app/commandSearch';

const items = [
  { title: 'Go to Orgs', group: 'Views' },
  { title: 'Go to Members', group: 'Views' },
  { title: 'Remove user-c from org-lab…', group: 'Members', keywords: 'Cleo Carter delete revoke' },
  { title: 'Resources', group: 'Projects', keywords: 'project-xyz sharing' },
  { title: 'Create org…', group: 'Actions', keywords: 'new organisation' },
];

describe('command palette ranking', () => {
  it('returns everything, in order, for an empty query', () => {
    expect(rankCommands(items, '  ')).toEqual(items);
  });

  it('needs every word to match, in the title or keywords', () => {
    expect(rankCommands(items, 'remove carter').map((i) => i.title)).toEqual(['Remove user-c from org-lab…']);
    expect(rankCommands(items, 'remove nobody')).toEqual([]);
  });

  it('ranks titles that start with the query first', () => {
    expect(rankCommands(items, 're')[0]?.title).toMatch(/^Re/);
    expect(rankCommands(items, 'org')[0]?.title).toBe('Go to Orgs');
  });

  it('matches keywords such as IDs', () => {
    expect(rankCommands(items, 'project-xyz').map((i) => i.title)).toEqual(['Resources']);
  });
});
