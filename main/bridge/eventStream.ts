// GET /events: forwards every event-bus event to one HTTP client as Server-Sent Events, with a
// comment heartbeat so idle proxies and the client can tell the stream is alive. Owns one
// stream's lifetime; must unsubscribe and stop its timer the moment the client goes away.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { EventBus } from '../rpc/eventBus';

export const HEARTBEAT_MS = 15_000;

export function formatEvent(event: string, payload: unknown): string {
  // JSON.stringify never emits raw newlines, so one data line per event is always valid SSE.
  return `event: ${event}\ndata: ${JSON.stringify(payload ?? null)}\n\n`;
}

/** Opens a stream; returns a function that ends it from the server side (bridge shutdown). */
export function openEventStream(
  req: IncomingMessage,
  res: ServerResponse,
  events: Pick<EventBus, 'subscribe'>,
  heartbeatMs: number = HEARTBEAT_MS,
): () => void {
  res.statusCode = 200;
  res.setHeader('Content-Type', 'text/event-stream; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('Connection', 'keep-alive');
  res.setHeader('X-Accel-Buffering', 'no');
  res.flushHeaders();
  // An initial comment lets fetch() resolve at once instead of waiting for the first event.
  res.write(': connected\n\n');

  const unsubscribe = events.subscribe((event, payload) => {
    if (!res.writableEnded) res.write(formatEvent(event, payload));
  });
  const heartbeat = setInterval(() => {
    if (!res.writableEnded) res.write(': heartbeat\n\n');
  }, heartbeatMs);
  heartbeat.unref();

  let closed = false;
  const cleanup = (): void => {
    if (closed) return;
    closed = true;
    clearInterval(heartbeat);
    unsubscribe();
  };
  req.on('close', cleanup);
  res.on('close', cleanup);
  res.on('error', cleanup);

  return () => {
    cleanup();
    if (!res.writableEnded) res.end();
  };
}
