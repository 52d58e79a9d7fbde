// The typed core the route helpers are written on: call with route safety, validated replies,
// pagination into arrays, and safe entity routes. Owns reply validation errors; it knows no
// individual route (orgApi/projectApi/appApi do) and no retry rules (caller.ts does).
import type { z } from 'zod';
import type { Caller } from './caller';
import { CLIENT_ERROR_TYPES, PlatformError, redactSecret } from './errors';
import { paginate as paginateRoute } from './pagination';
import { entityRoute, isSafeRoute } from './routes';

export interface CallOptions {
  /** Overrides the route table: may a request that got no reply be sent again? */
  safe?: boolean;
}

export interface PlatformCore {
  call<T>(route: string, body: object, opts?: CallOptions): Promise<T>;
  paginate<T>(route: string, body: object): AsyncIterable<T>;
  callParsed<S extends z.ZodType>(schema: S, route: string, body: object, opts?: CallOptions): Promise<z.infer<S>>;
  collectParsed<S extends z.ZodType>(schema: S, route: string, body: object): Promise<Array<z.infer<S>>>;
  /** `/ID/method`, refusing IDs that could change the path. */
  route(id: string, method: string): string;
}

export function createCore(caller: Caller, token: string): PlatformCore {
  const send = (route: string, body: object, opts?: CallOptions): Promise<unknown> =>
    caller(route, body, opts?.safe ?? isSafeRoute(route, body));
  const page = (route: string, body: Record<string, unknown>): Promise<unknown> => send(route, body);

  const parse = <S extends z.ZodType>(schema: S, route: string, value: unknown, where: string): z.infer<S> => {
    const parsed = schema.safeParse(value);
    if (parsed.success) return parsed.data;
    const issues = parsed.error.issues
      .slice(0, 3)
      .map((i) => `${[where, ...i.path.map(String)].filter(Boolean).join('.') || 'reply'}: ${i.message}`)
      .join('; ');
    throw new PlatformError({
      type: CLIENT_ERROR_TYPES.invalidResponse,
      status: 200,
      route,
      code: 'SCHEMA_MISMATCH',
      transient: false,
      message: redactSecret(`The platform's reply to ${route} does not have the expected shape (${issues})`, token),
    });
  };

  return {
    call: async <T>(route: string, body: object, opts?: CallOptions): Promise<T> => (await send(route, body, opts)) as T,
    paginate: <T>(route: string, body: object): AsyncIterable<T> => paginateRoute(page, route, body) as AsyncIterable<T>,
    callParsed: async (schema, route, body, opts) => parse(schema, route, await send(route, body, opts), ''),
    collectParsed: async (schema, route, body) => {
      const out = [];
      let index = 0;
      for await (const item of paginateRoute(page, route, body)) out.push(parse(schema, route, item, `results[${index++}]`));
      return out;
    },
    route: (id, method) => {
      const built = entityRoute(id, method);
      if (built !== null) return built;
      throw new PlatformError({
        type: CLIENT_ERROR_TYPES.client,
        status: 0,
        route: `/?/${method}`,
        code: 'BAD_ID',
        transient: false,
        reachedServer: false,
        message: `"${redactSecret(id, token).slice(0, 80)}" is not an ID that can be sent to the platform`,
      });
    },
  };
}
