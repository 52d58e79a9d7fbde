// POST /rpc/:method: reads one JSON body and hands it to router.dispatch, replying with the
// Result envelope. Owns HTTP framing only (size, content type, JSON); validation and errors of
// the call itself belong to the router, never re-implemented here.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Result } from '../../shared/rpc/index';
import type { Router } from '../rpc/router';
import { sendJson } from './securityHeaders';

export const MAX_BODY_BYTES = 10 * 1024 * 1024;

type Body = { ok: true; text: string } | { ok: false; tooLarge: true };

function failure(code: 'InvalidInput' | 'Internal' | 'PermissionDenied' | 'UnknownMethod', message: string): Result<never> {
  return { ok: false, error: { code, message } };
}

function readBody(req: IncomingMessage): Promise<Body> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? '0');
    if (declared > MAX_BODY_BYTES) {
      resolve({ ok: false, tooLarge: true });
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        done = true;
        resolve({ ok: false, tooLarge: true });
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!done) resolve({ ok: true, text: Buffer.concat(chunks).toString('utf8') });
    });
    req.on('error', reject);
  });
}

export function isJsonContentType(value: string | undefined): boolean {
  if (typeof value !== 'string') return false;
  const [type] = value.split(';');
  return type?.trim().toLowerCase() === 'application/json';
}

export async function handleRpc(req: IncomingMessage, res: ServerResponse, router: Router, rawMethod: string): Promise<void> {
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    sendJson(res, 405, failure('InvalidInput', 'Calls must be POST requests'));
    return;
  }
  if (!isJsonContentType(req.headers['content-type'])) {
    sendJson(res, 415, failure('InvalidInput', 'Content-Type must be application/json'));
    return;
  }
  const body = await readBody(req);
  if (!body.ok) {
    // Connection: close so the unread remainder of the oversized body is not parsed as a request.
    res.setHeader('Connection', 'close');
    sendJson(res, 413, failure('InvalidInput', `The request body is larger than ${MAX_BODY_BYTES} bytes`));
    return;
  }
  let input: unknown = {};
  if (body.text.trim() !== '') {
    try {
      input = JSON.parse(body.text);
    } catch {
      sendJson(res, 400, failure('InvalidInput', 'The request body is not valid JSON'));
      return;
    }
  }
  let method: string;
  try {
    method = decodeURIComponent(rawMethod);
  } catch {
    sendJson(res, 200, failure('UnknownMethod', 'Unknown method'));
    return;
  }
  const result = await router.dispatch(method, input);
  sendJson(res, 200, result);
}
