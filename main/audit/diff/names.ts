// Display helpers shared by the diff modules: names of users, projects, apps and orgs taken
// from whichever side of the diff still has them.
import type { User } from '../../../shared/domain/index';
import { PUBLIC } from '../../../shared/domain/index';

export { PUBLIC };

export function displayNameOf(u: Pick<User, 'id' | 'first' | 'last'>): string {
  return `${u.first} ${u.last}`.trim() || u.id;
}

export function either<T>(a: Map<string, T>, b: Map<string, T>, key: string): T | undefined {
  return b.get(key) ?? a.get(key);
}
