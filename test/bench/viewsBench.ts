// Views benchmark (issue #4): on the 20k users x 200 orgs x 5k projects workspace, opens the
// matrix, heatmap and org chart in Chromium through `orgdesk serve` and reports, per view, the
// time from navigation to data and from data to first paint (the views' performance marks),
// DOM nodes before and after scrolling 1,000 rows, and frame times while scrolling. A view that
// is missing or never marks is reported as such; the benchmark itself never fails on it.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import type { Page } from '@playwright/test';
import type { BenchModule } from './benchModule';
import { round } from './benchModule';
import { createViewsWorkspace } from './viewsWorkspace';
import { CLI, SERVE_URL, startCliChild, stopChild } from '../support/childProcess';
import type { CliChild } from '../support/childProcess';

const CHROMIUM = process.env.ORGDESK_CHROMIUM ?? '/usr/bin/chromium';
const SCROLL_ROWS = 1_000;
const VIEW_TIMEOUT_MS = 120_000;

interface ViewSpec {
  view: 'matrix' | 'heatmap' | 'chart';
  /** The nav rail button's name. */
  nav: RegExp;
  root: string;
  scroll: string | null;
}

const VIEWS: readonly ViewSpec[] = [
  { view: 'matrix', nav: /^Matrix/, root: '[data-testid="matrix-grid"]', scroll: '[data-testid="matrix-scroll"]' },
  { view: 'heatmap', nav: /^Heatmap/, root: '[data-testid="heatmap-grid"]', scroll: '[data-testid="heatmap-scroll"]' },
  { view: 'chart', nav: /^Org chart/, root: '[data-testid="org-chart"]', scroll: null },
];

const domNodes = (page: Page): Promise<number> => page.evaluate(() => document.getElementsByTagName('*').length);

/** Scrolls `selector` down by SCROLL_ROWS rows, a few rows per frame, and returns the frame deltas. */
async function scrollFrames(page: Page, selector: string): Promise<{ rowHeight: number; frames: number[]; scrolledPx: number } | { error: string }> {
  return page.evaluate(
    async ({ selector, rows }) => {
      const el = document.querySelector<HTMLElement>(selector);
      if (!el) return { error: `no element ${selector}` };
      const heights = [...el.querySelectorAll<HTMLElement>('[role="row"]')].map((r) => r.getBoundingClientRect().height).filter((h) => h > 0 && h < 200);
      heights.sort((a, b) => a - b);
      const rowHeight = heights[Math.floor(heights.length / 2)] ?? 30;
      const target = Math.min(el.scrollHeight - el.clientHeight, el.scrollTop + rows * rowHeight);
      const step = rowHeight * 3;
      const frames: number[] = [];
      const start = el.scrollTop;
      await new Promise<void>((done) => {
        let last = performance.now();
        const tick = (now: number): void => {
          frames.push(now - last);
          last = now;
          if (el.scrollTop >= target - 0.5) {
            done();
            return;
          }
          el.scrollTop = Math.min(target, el.scrollTop + step);
          requestAnimationFrame(tick);
        };
        requestAnimationFrame((now) => {
          last = now;
          requestAnimationFrame(tick);
        });
      });
      return { rowHeight, frames, scrolledPx: el.scrollTop - start };
    },
    { selector, rows: SCROLL_ROWS },
  );
}

function frameStats(frames: number[]): Record<string, number> {
  const sorted = [...frames].sort((a, b) => a - b);
  const at = (p: number): number => round(sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0);
  return { frames: frames.length, p50Ms: at(50), p95Ms: at(95), maxMs: round(sorted[sorted.length - 1] ?? 0), droppedOver16_7Ms: frames.filter((f) => f > 16.7).length };
}

async function measureView(page: Page, spec: ViewSpec): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  const nav = page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: spec.nav });
  if ((await nav.count()) === 0) return { found: false, reason: `no nav button matching ${String(spec.nav)}` };
  const data = `orgdesk:${spec.view}:data`;
  const painted = `orgdesk:${spec.view}:painted`;
  const navMark = `orgdesk:bench:${spec.view}:nav`;
  await page.evaluate((names) => {
    for (const n of names) performance.clearMarks(n);
  }, [data, painted, navMark]);
  await page.evaluate((n) => performance.mark(n), navMark);
  await nav.first().click();
  try {
    await page.waitForFunction((n) => performance.getEntriesByName(n).length > 0, painted, { timeout: VIEW_TIMEOUT_MS, polling: 50 });
  } catch {
    out.marksMissing = `no ${painted} mark within ${VIEW_TIMEOUT_MS / 1000} s`;
  }
  const marks = await page.evaluate((names) => Object.fromEntries(names.map((n) => [n, performance.getEntriesByName(n)[0]?.startTime ?? null])), [navMark, data, painted]);
  const t0 = marks[navMark] ?? null;
  const tData = marks[data] ?? null;
  const tPaint = marks[painted] ?? null;
  out.found = (await page.locator(spec.root).count()) > 0;
  out.dataMs = t0 !== null && tData !== null ? round(tData - t0) : null;
  out.paintAfterDataMs = tData !== null && tPaint !== null ? round(tPaint - tData) : null;
  out.firstPaintMs = t0 !== null && tPaint !== null ? round(tPaint - t0) : null;
  out.domNodesAtStart = await domNodes(page);
  if (spec.scroll === null) return out;
  if ((await page.locator(spec.scroll).count()) === 0) {
    out.scroll = { error: `no scrolling element ${spec.scroll}` };
    return out;
  }
  const scrolled = await scrollFrames(page, spec.scroll);
  if ('error' in scrolled) out.scroll = scrolled;
  else out.scroll = { rows: SCROLL_ROWS, rowHeightPx: scrolled.rowHeight, scrolledPx: round(scrolled.scrolledPx), ...frameStats(scrolled.frames) };
  out.domNodesAfterScroll = await domNodes(page);
  return out;
}

export async function runViewsBench(only: readonly string[] = []): Promise<Record<string, unknown>> {
  if (!existsSync(CLI)) return { error: `${CLI} is missing: run \`npm run build\` first` };
  if (!existsSync(CHROMIUM)) return { error: `Chromium not found at ${CHROMIUM} (set ORGDESK_CHROMIUM)` };
  const ws = createViewsWorkspace();
  let server: CliChild | null = null;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
  try {
    server = await startCliChild(['--workspace', ws.file, 'serve', '--port', '0'], { what: 'orgdesk serve', urlPattern: SERVE_URL, timeoutMs: 60_000 });
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    // tsx compiles the functions handed to page.evaluate with esbuild's keepNames, which calls __name.
    await page.addInitScript({ content: 'window.__name = (f) => f;' });
    await page.goto(server.url);
    await page.getByRole('navigation', { name: 'Views' }).waitFor({ timeout: VIEW_TIMEOUT_MS });
    const views: Record<string, unknown> = {};
    for (const spec of VIEWS) {
      if (only.length > 0 && !only.includes(spec.view)) continue;
      try {
        views[spec.view] = await measureView(page, spec);
      } catch (err) {
        views[spec.view] = { found: false, error: err instanceof Error ? err.message.split('\n')[0] : String(err) };
      }
    }
    return { size: ws.size, workspaceBuildMs: ws.buildMs, payloads: ws.payloads, viewport: '1440x900', views };
  } finally {
    await browser.close();
    if (server) await stopChild(server.child);
    ws.remove();
  }
}

export const viewsBench: BenchModule = {
  name: 'views',
  description: 'matrix, heatmap and org chart in Chromium at 20k users / 200 orgs / 5k projects: data and paint times, DOM nodes, scroll frame times',
  run: () => runViewsBench((process.env.ORGDESK_BENCH_VIEWS ?? '').split(',').filter(Boolean)),
};
