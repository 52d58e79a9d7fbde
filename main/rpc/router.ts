// The one dispatcher every transport calls: rejects unknown names, strictly parses the input
// against the contract, runs the handler and maps failures to the Result envelope. It must
// not know the transport, and never leaks internal error text (or tokens) to the caller.
import type { z } from 'zod';
import type { MethodName, MethodOutput, ParsedInput } from '../../shared/contract/index';
import { isMethodName, methods } from '../../shared/contract/index';
import type { Result, RpcError } from '../../shared/rpc/index';
import { AppError } from '../../shared/rpc/index';

export type Handlers = { [M in MethodName]: (input: ParsedInput<M>) => MethodOutput<M> | Promise<MethodOutput<M>> };

export interface Router {
  dispatch(method: string, rawInput: unknown): Promise<Result<unknown>>;
}

export interface RouterOptions {
  /** Check every output against the contract (tests); a mismatch becomes 'Internal'. */
  validateOutput?: boolean;
}

export function createRouter(handlers: Handlers, opts: RouterOptions = {}): Router {
  return {
    async dispatch(method, rawInput) {
      if (!isMethodName(method)) {
        return fail({ code: 'UnknownMethod', message: `Unknown method ${JSON.stringify(String(method))}` });
      }
      const spec = methods[method];
      const parsed = (spec.input as z.ZodType).safeParse(rawInput ?? {});
      if (!parsed.success) return fail(invalidInput(method, parsed.error.issues));
      try {
        const handler = handlers[method] as (input: unknown) => unknown;
        const value = await handler(parsed.data);
        if (opts.validateOutput) {
          const checked = (spec.output as z.ZodType).safeParse(value);
          if (!checked.success) {
            console.error(`[orgdesk] ${method} returned a value outside the contract:`, JSON.stringify(checked.error.issues));
            return fail({ code: 'Internal', message: `${method} returned a value outside the contract`, details: { issues: checked.error.issues } });
          }
        }
        return { ok: true, value };
      } catch (err) {
        if (err instanceof AppError) {
          return fail({ code: err.code, message: err.message, ...(err.details === undefined ? {} : { details: err.details }) });
        }
        console.error(`[orgdesk] ${method} failed:`, err instanceof Error ? err.stack ?? err.message : err);
        return fail({ code: 'Internal', message: `Internal error while running ${method}; see the OrgDesk log for details` });
      }
    },
  };
}

function fail(error: RpcError): Result<unknown> {
  return { ok: false, error };
}

function invalidInput(method: MethodName, issues: readonly z.core.$ZodIssue[]): RpcError {
  const described = issues.map((i) => {
    const field = fieldName(i.code === 'unrecognized_keys' && i.keys[0] ? [...i.path, i.keys[0]] : i.path);
    const missing = i.code === 'invalid_type' && /received undefined/.test(i.message);
    return { field, message: i.code === 'unrecognized_keys' ? `unknown ${i.keys.length === 1 ? 'field' : 'fields'} ${i.keys.join(', ')}` : missing ? 'is required' : i.message };
  });
  const first = described[0];
  const text = described.map((d) => (d.field ? `${d.field}: ${d.message}` : d.message)).join('; ');
  return {
    code: 'InvalidInput',
    message: `Invalid input for ${method}: ${text}`,
    details: {
      ...(first?.field ? { field: first.field } : {}),
      issues: issues.map((i) => ({ path: i.path.map(String), code: i.code, message: i.message })),
    },
  };
}

function fieldName(path: readonly PropertyKey[]): string {
  return path.map((p) => (typeof p === 'number' ? `[${p}]` : String(p))).join('.').replace(/\.\[/g, '[');
}
