// Pagination of find* routes (platform-api.md §1): `limit` capped at the page limit, an opaque
// `next` to copy into `starting`, null on the last page. A `starting` this emulator never
// returned for the same route is refused, so clients cannot forge or reuse cursors elsewhere.
import { invalidInput } from './errors';

export interface PageRequest {
  limit?: number | undefined;
  starting?: unknown;
}

export interface Page<T> {
  results: T[];
  next: string | null;
}

export class Pager {
  private readonly issued = new Set<string>();

  constructor(private readonly pageLimit: number) {}

  /**
   * `keys` must be sorted and unique; the page holds the keys after the cursor. Results are
   * built only for the page, so describing 5,000 projects costs one page at a time.
   */
  page<T>(scope: string, keys: readonly string[], req: PageRequest, build: (key: string) => T): Page<T> {
    const after = this.cursor(scope, req.starting);
    const size = Math.min(req.limit ?? this.pageLimit, this.pageLimit);
    const start = after === null ? 0 : firstAfter(keys, after);
    const slice = keys.slice(start, start + size);
    const last = slice[slice.length - 1];
    const next = start + size < keys.length && last !== undefined ? this.issue(scope, last) : null;
    return { results: slice.map(build), next };
  }

  private issue(scope: string, after: string): string {
    const token = Buffer.from(JSON.stringify({ s: scope, a: after })).toString('base64url');
    this.issued.add(token);
    return token;
  }

  private cursor(scope: string, starting: unknown): string | null {
    if (starting === undefined || starting === null) return null;
    if (typeof starting !== 'string' || !this.issued.has(starting)) {
      throw invalidInput('Invalid input: starting: must be a `next` value returned by this route', { field: 'starting' });
    }
    const decoded = JSON.parse(Buffer.from(starting, 'base64url').toString('utf8')) as { s: string; a: string };
    if (decoded.s !== scope) throw invalidInput(`Invalid input: starting: that cursor belongs to ${decoded.s}`, { field: 'starting' });
    return decoded.a;
  }
}

/** Binary search: index of the first key greater than `after`. */
function firstAfter(keys: readonly string[], after: string): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((keys[mid] ?? '') <= after) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function sortedKeys(keys: Iterable<string>): string[] {
  return [...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
