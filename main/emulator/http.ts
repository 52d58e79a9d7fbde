// HTTP plumbing for the emulator: reading a bounded request body, checking the JSON content
// type and body, the Bearer token, and writing replies and error bodies (JSON, or HTML pages
// when the html-errors fault is on). Knows nothing about routes or rules.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { EmulatorError } from './errors';

const MAX_BODY_BYTES = 64 * 1024 * 1024;

export function readBody(req: IncomingMessage): Promise<{ text: string; tooLarge: boolean }> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve({ text: Buffer.concat(chunks).toString('utf8'), tooLarge }));
    req.on('error', reject);
  });
}

/** The platform needs a JSON object body with Content-Type application/json, else MalformedJSON. */
export function parseJsonBody(contentType: string | undefined, text: string, tooLarge: boolean): Record<string, unknown> {
  const mediaType = (contentType ?? '').split(';')[0]?.trim().toLowerCase();
  if (mediaType !== 'application/json') {
    throw new EmulatorError('MalformedJSON', `Content-Type must be application/json (got ${contentType ? `'${contentType}'` : 'none'})`);
  }
  if (tooLarge) throw new EmulatorError('MalformedJSON', `The request body is larger than ${MAX_BODY_BYTES / 1024 / 1024} MB`);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new EmulatorError('MalformedJSON', text.trim() === '' ? 'The body must be valid JSON; send {} when there is no input' : 'The body is not valid JSON');
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new EmulatorError('MalformedJSON', 'The body must be a JSON object');
  return value as Record<string, unknown>;
}

export function bearerToken(header: string | undefined): string | null {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return m?.[1] ?? null;
}

export interface Reply {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export function jsonReply(status: number, value: unknown, headers: Record<string, string> = {}): Reply {
  return { status, headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(value) };
}

const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** What a gateway in front of the platform sends: a page, with no error object to read. */
export function errorReply(err: EmulatorError, html: boolean, headers: Record<string, string> = {}): Reply {
  if (!html) return jsonReply(err.status, err.toBody(), headers);
  const title = `${err.status} ${err.type}`;
  const body = `<html><head><title>${escapeHtml(title)}</title></head><body><h1>${escapeHtml(title)}</h1><p>${escapeHtml(err.message)}</p></body></html>`;
  return { status: err.status, headers: { 'Content-Type': 'text/html; charset=utf-8', ...headers }, body };
}

export function send(res: ServerResponse, reply: Reply, requestId: string): void {
  const body = Buffer.from(reply.body, 'utf8');
  res.writeHead(reply.status, { ...reply.headers, 'Content-Length': String(body.length), 'x-request-id': requestId });
  res.end(body);
}
