// --faults: the SPEC grammar (and its errors naming the part), and each fault kind over real
// HTTP: random 503s, a 429 with Retry-After every N calls, HTML error bodies, dropped
// connections (the call still takes effect), and added latency.
import { describe, expect, it } from 'vitest';
import { NO_FAULTS, parseFaults } from '../../../main/emulator/index';
import { TOKEN, emulator, ok, post } from './emuHelpers';

describe('parseFaults', () => {
  it('reads every part of the interfaces.md example', () => {
    expect(parseFaults('rate=0.3,429-after=50,latency=100ms,html-errors,drop=0.05')).toEqual({
      rate: 0.3,
      every429: 50,
      latencyMs: 100,
      htmlErrors: true,
      dropRate: 0.05,
    });
    expect(parseFaults('')).toEqual(NO_FAULTS);
    expect(parseFaults(' latency=1s , html-errors=false ')).toEqual({ ...NO_FAULTS, latencyMs: 1000 });
    expect(parseFaults('latency=25')).toEqual({ ...NO_FAULTS, latencyMs: 25 });
  });

  it.each([
    ['rate=2', "bad fault 'rate=2'"],
    ['rate=lots', "bad fault 'rate=lots'"],
    ['rate', "bad fault 'rate'"],
    ['429-after=0', "bad fault '429-after=0'"],
    ['429-after=1.5', "bad fault '429-after=1.5'"],
    ['latency=fast', "bad fault 'latency=fast'"],
    ['drop=-0.1', "bad fault 'drop=-0.1'"],
    ['html-errors=maybe', "bad fault 'html-errors=maybe'"],
    ['rate=0.1,rate=0.2', "bad fault 'rate=0.2'"],
    ['rate=0.1,explode', "unknown fault 'explode'"],
  ])('refuses %s naming the part', (spec, message) => {
    expect(() => parseFaults(spec)).toThrow(message);
  });
});

describe('fault injection', () => {
  it('rate=1 answers every call with 503 ServiceUnavailable and changes nothing', async () => {
    const emu = await emulator({ faults: { rate: 1 } });
    const r = await post(emu, '/org-lab/removeMember', { user: 'user-c' });
    expect(r.status).toBe(503);
    expect(JSON.parse(r.body)).toEqual({ error: { type: 'ServiceUnavailable', message: expect.any(String) } });
    expect(r.headers['retry-after']).toBeUndefined();
    expect(emu.state().orgs.find((o) => o.id === 'org-lab')?.members.map((m) => m.id)).toContain('user-c');
    expect(emu.stats()).toMatchObject({ calls: 1, faultsInjected: 1 });
    emu.setFaults({ rate: 0 });
    expect(await ok(emu, TOKEN.d, '/system/whoami')).toEqual({ id: 'user-d' });
  });

  it('uses the injected random source for 503s', async () => {
    const draws = [0.1, 0.9];
    const emu = await emulator({ faults: { rate: 0.5 }, random: () => draws.shift() ?? 0.9 });
    expect((await post(emu, '/system/whoami')).status).toBe(503);
    expect((await post(emu, '/system/whoami')).status).toBe(200);
  });

  it('429-after=N answers every Nth call with 429 RateLimitConditional and Retry-After: 1', async () => {
    const emu = await emulator({ faults: parseFaults('429-after=3') });
    const statuses: number[] = [];
    let limited = null;
    for (let i = 0; i < 7; i++) {
      const r = await post(emu, '/system/whoami');
      statuses.push(r.status);
      if (r.status === 429) limited = r;
    }
    expect(statuses).toEqual([200, 200, 429, 200, 200, 429, 200]);
    expect(limited?.headers['retry-after']).toBe('1');
    expect(JSON.parse(limited?.body ?? '{}').error.type).toBe('RateLimitConditional');
    expect(emu.stats()).toMatchObject({ calls: 7, faultsInjected: 2 });
  });

  it('html-errors sends error bodies as text/html pages, faults and refusals alike', async () => {
    const emu = await emulator({ faults: { htmlErrors: true } });
    const refusal = await post(emu, '/org-lab/invite', { invitee: 'user-a' }, { token: TOKEN.b });
    expect(refusal.status).toBe(401);
    expect(refusal.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(refusal.body).toMatch(/^<html>.*<\/html>$/s);
    expect(refusal.body).toContain('PermissionDenied');
    emu.setFaults({ rate: 1 });
    const unavailable = await post(emu, '/system/whoami');
    expect(unavailable.status).toBe(503);
    expect(unavailable.body).toMatch(/^<html>/);
    emu.setFaults({ rate: 0 });
    expect(await ok(emu, TOKEN.d, '/system/whoami')).toEqual({ id: 'user-d' });
  });

  it('drop closes the connection without a reply, after the call took effect', async () => {
    const emu = await emulator({ faults: { dropRate: 1 } });
    await expect(post(emu, '/org-lab/setMemberAccess', { 'user-b': { projectAccess: 'VIEW' } })).rejects.toThrow(/socket hang up|ECONNRESET/);
    const b = emu.state().orgs.find((o) => o.id === 'org-lab')?.members.find((m) => m.id === 'user-b');
    expect(b?.projectAccess).toBe('VIEW');
    expect(emu.stats()).toMatchObject({ calls: 1, faultsInjected: 1 });
  });

  it('latency delays every call by at least the given time', async () => {
    const emu = await emulator({ faults: parseFaults('latency=120ms') });
    const started = performance.now();
    await ok(emu, TOKEN.d, '/system/whoami');
    // Only a lower bound: timers never fire meaningfully early, while upper bounds would flake.
    expect(performance.now() - started).toBeGreaterThanOrEqual(100);
    expect(emu.stats().faultsInjected).toBe(0);
  });
});
