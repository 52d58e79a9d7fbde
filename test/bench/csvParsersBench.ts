// CSV parser comparison behind the reader's choice: correctness on the cases member files hit
// (quoted delimiters, doubled quotes, quoted newlines, CRLF, BOM, ragged rows) and speed on 50k
// generated rows. PapaParse is a dependency (measured through the reader's own wrapper);
// csv-parse and uDSV only when installed (`npm i --no-save csv-parse@6 udsv`), else skipped.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseCsvText } from '../../main/import/read/chunkedParser';
import { readMembersCsv, readMembersCsvFile } from '../../main/import/read/index';
import type { BenchModule } from './benchModule';
import { round, timed } from './benchModule';

type ParseFn = (text: string) => unknown;

const ROWS = 50_000;
const CASES: Record<string, [string, string[][]]> = {
  quotedDelimiter: ['a,b\r\n"x,y",z\r\n', [['a', 'b'], ['x,y', 'z']]],
  doubledQuote: ['a,b\n"he said ""hi""",z\n', [['a', 'b'], ['he said "hi"', 'z']]],
  quotedNewline: ['a,b\r\n"l1\r\nl2",z\r\n', [['a', 'b'], ['l1\r\nl2', 'z']]],
  crlf: ['a,b\r\n1,2\r\n', [['a', 'b'], ['1', '2']]],
  bom: ['\uFEFFa,b\n1,2\n', [['a', 'b'], ['1', '2']]],
  ragged: ['a,b\n1\n1,2,3\n', [['a', 'b'], ['1'], ['1', '2', '3']]],
};

function generate(rows: number): string {
  const lines = ['org,user,level,allowBillableActivities,appAccess,projectAccess'];
  for (let i = 0; i < rows; i++) lines.push(`org-lab${i % 200},user-${i},MEMBER,${i % 2 ? 'true' : 'false'},yes,"CON,TRIBUTE ""x"""`);
  return `${lines.join('\r\n')}\r\n`;
}

function papa(text: string): string[][] {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  return parseCsvText(body, ',', body.includes('\r\n') ? '\r\n' : '\n').filter((r) => !(r.length === 1 && r[0] === ''));
}

/** Loads an optional package by a runtime name so the build does not require it. */
async function optional(name: string): Promise<Record<string, unknown> | null> {
  try {
    const mod: unknown = await import(name);
    return typeof mod === 'object' && mod !== null ? Object.fromEntries(Object.entries(mod)) : null;
  } catch {
    return null;
  }
}

function callable(value: unknown): ((...args: unknown[]) => unknown) | null {
  return typeof value === 'function' ? (...args: unknown[]) => Reflect.apply(value, undefined, args) : null;
}

async function optionalParsers(): Promise<Record<string, ParseFn | string>> {
  const result: Record<string, ParseFn | string> = {};
  const csvParse = callable((await optional('csv-parse/sync'))?.parse);
  result['csv-parse'] = csvParse ? (t) => csvParse(t, { bom: true, relax_column_count: true }) : 'skipped: not installed';
  const udsv = await optional('udsv');
  const infer = callable(udsv?.inferSchema);
  const init = callable(udsv?.initParser);
  result.udsv =
    infer && init
      ? (t) => {
          const parser: unknown = init(infer(t, { header: () => [] }));
          const stringArrs: unknown = typeof parser === 'object' && parser !== null ? Reflect.get(parser, 'stringArrs') : null;
          return typeof stringArrs === 'function' ? Reflect.apply(stringArrs, parser, [t]) : null;
        }
      : 'skipped: not installed';
  return result;
}

function correctness(parse: ParseFn): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, [input, want]] of Object.entries(CASES)) {
    try {
      out[name] = JSON.stringify(parse(input)) === JSON.stringify(want) ? 'ok' : `wrong: ${JSON.stringify(parse(input))}`;
    } catch (err) {
      out[name] = `throws: ${err instanceof Error ? err.message : String(err)}`;
    }
  }
  return out;
}

function speed(parse: ParseFn, text: string): { ms: number; mbPerS: number; rowsPerS: number } {
  parse(text);
  const runs = [0, 1, 2].map(() => timed(() => parse(text)).ms).sort((a, b) => a - b);
  const ms = runs[1] ?? 0;
  const mb = Buffer.byteLength(text) / 1e6;
  return { ms: round(ms), mbPerS: round(mb / (ms / 1000)), rowsPerS: Math.round(ROWS / (ms / 1000)) };
}

export const csvParsersBench: BenchModule = {
  name: 'csvParsers',
  description: `CSV parsers on correctness cases and ${ROWS.toLocaleString('en')} generated member rows, plus the full member reader`,
  async run() {
    const text = generate(ROWS);
    const parsers: Record<string, ParseFn | string> = { papaparse: papa, ...(await optionalParsers()) };
    const results: Record<string, unknown> = { megabytes: round(Buffer.byteLength(text) / 1e6) };
    for (const [name, parse] of Object.entries(parsers)) {
      results[name] = typeof parse === 'string' ? parse : { correctness: correctness(parse), ...speed(parse, text) };
    }
    const bytes = new TextEncoder().encode(text);
    results.readMembersCsv = speed(() => readMembersCsv(bytes), text);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'orgdesk-csvbench-')), 'members.csv');
    fs.writeFileSync(file, bytes);
    const start = process.hrtime.bigint();
    const streamed = await readMembersCsvFile(file);
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    results.readMembersCsvFile = { ms: round(ms), rows: streamed.rows.length, rowsPerS: Math.round(ROWS / (ms / 1000)) };
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
    return results;
  },
};
