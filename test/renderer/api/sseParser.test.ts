// SSE framing for GET /events: named events, comments, line endings, and any chunking.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { SseMessage } from '../../../renderer/api/sseParser';
import { createSseParser } from '../../../renderer/api/sseParser';

function parseAll(chunks: string[]): SseMessage[] {
  const out: SseMessage[] = [];
  const p = createSseParser((m) => out.push(m));
  for (const c of chunks) p.push(c);
  return out;
}

describe('SSE parser', () => {
  it('reads named events with JSON data', () => {
    expect(parseAll(['event: outbox.changed\ndata: {"pending":1}\n\n'])).toEqual([{ event: 'outbox.changed', data: '{"pending":1}' }]);
  });

  it('ignores comments (heartbeats) and dispatches nothing for blank lines alone', () => {
    expect(parseAll([': heartbeat\n\n', '\n\n'])).toEqual([]);
  });

  it('joins multi-line data with newlines and defaults the event name to "message"', () => {
    expect(parseAll(['data: a\ndata: b\n\n'])).toEqual([{ event: 'message', data: 'a\nb' }]);
  });

  it('handles CRLF and CR line endings, even when a chunk ends between \\r and \\n', () => {
    expect(parseAll(['event: x\r', '\ndata: 1\r\n\r', '\n'])).toEqual([{ event: 'x', data: '1' }]);
    expect(parseAll(['event: y\rdata: 2\r\r'])).toEqual([{ event: 'y', data: '2' }]);
  });

  it('keeps the last id and strips only one leading space of a value', () => {
    expect(parseAll(['id: 7\nevent: e\ndata:  two spaces\n\n'])).toEqual([{ event: 'e', data: ' two spaces', id: '7' }]);
  });

  it('does not dispatch an event that has not been terminated yet', () => {
    expect(parseAll(['event: e\ndata: 1\n'])).toEqual([]);
  });

  it('gives the same messages however the stream is split into chunks', () => {
    const stream = 'event: workspace.changed\ndata: {"areas":["members"]}\n\n: ping\n\nevent: outbox.changed\r\ndata: {"pending":2}\r\n\r\n';
    const whole = parseAll([stream]);
    expect(whole).toHaveLength(2);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: stream.length }), { maxLength: 12 }), (cuts) => {
        const points = [...new Set(cuts)].sort((a, b) => a - b);
        const chunks: string[] = [];
        let at = 0;
        for (const p of points) {
          chunks.push(stream.slice(at, p));
          at = p;
        }
        chunks.push(stream.slice(at));
        expect(parseAll(chunks)).toEqual(whole);
      }),
    );
  });
});
