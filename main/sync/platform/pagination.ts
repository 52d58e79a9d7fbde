// Pagination of find* routes (platform-api.md §1): `limit` grows 100 -> 1000 like dxpy, and the
// reply's opaque `next` is copied unchanged into `starting` until it is null. Owns the loop
// guard: a `next` seen before would loop forever, so it stops with an InvalidResponse error.
import { z } from 'zod';
import { CLIENT_ERROR_TYPES, PlatformError } from './errors';

export const FIRST_PAGE_LIMIT = 100;
export const MAX_PAGE_LIMIT = 1000;

const PageSchema = z.looseObject({
  results: z.array(z.unknown()),
  next: z.unknown().optional(),
});

export type PageCall = (route: string, body: Record<string, unknown>) => Promise<unknown>;

/**
 * Yields every result. The caller's body is sent on every page; `limit` and `starting` are the
 * paginator's (a caller's `starting` is used for the first page only).
 */
export async function* paginate(call: PageCall, route: string, body: object): AsyncGenerator<unknown> {
  const base: Record<string, unknown> = { ...body };
  let starting: unknown = base.starting;
  delete base.starting;
  delete base.limit;
  let limit = FIRST_PAGE_LIMIT;
  const seen = new Set<string>();
  for (;;) {
    const page = parsePage(route, await call(route, { ...base, limit, ...(starting !== undefined && starting !== null ? { starting } : {}) }));
    yield* page.results;
    const next = page.next ?? null;
    if (next === null) return;
    const key = JSON.stringify(next);
    if (seen.has(key)) {
      throw new PlatformError({
        type: CLIENT_ERROR_TYPES.invalidResponse,
        status: 200,
        route,
        code: 'PAGINATION_LOOP',
        transient: false,
        message: `The platform returned the same page cursor twice for ${route}; stopped to avoid an endless loop`,
      });
    }
    seen.add(key);
    starting = next;
    limit = Math.min(limit * 2, MAX_PAGE_LIMIT);
  }
}

function parsePage(route: string, reply: unknown): z.infer<typeof PageSchema> {
  const parsed = PageSchema.safeParse(reply);
  if (parsed.success) return parsed.data;
  throw new PlatformError({
    type: CLIENT_ERROR_TYPES.invalidResponse,
    status: 200,
    route,
    code: 'SCHEMA_MISMATCH',
    transient: false,
    message: `The platform's reply to ${route} is not a page of results ({results, next})`,
  });
}

export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}
