// `npm run bench`: runs every benchmark module (or those named on the command line) and
// prints ONE JSON document. Add a benchmark by appending its module to BENCHES.
import { accessBench } from './accessBench';
import type { BenchModule } from './benchModule';
import { syncBench } from './syncBench';
import { csvParsersBench } from './csvParsersBench';
import { importBench } from './importBench';
import { viewsBench } from './viewsBench';
import { snapshotBench } from './snapshotBench';

const BENCHES: readonly BenchModule[] = [accessBench, syncBench, csvParsersBench, importBench, viewsBench, snapshotBench];

async function main(argv: readonly string[]): Promise<number> {
  const wanted = argv.filter((a) => !a.startsWith('-'));
  const unknown = wanted.filter((w) => !BENCHES.some((b) => b.name === w));
  if (unknown.length > 0) {
    process.stderr.write(`unknown benchmark(s): ${unknown.join(', ')}; known: ${BENCHES.map((b) => b.name).join(', ')}\n`);
    return 2;
  }
  const selected = wanted.length === 0 ? BENCHES : BENCHES.filter((b) => wanted.includes(b.name));
  const results: Record<string, unknown> = {};
  for (const bench of selected) {
    process.stderr.write(`running ${bench.name}: ${bench.description}\n`);
    results[bench.name] = await bench.run();
  }
  process.stdout.write(`${JSON.stringify({ node: process.version, platform: `${process.platform}-${process.arch}`, date: new Date().toISOString(), results }, null, 2)}\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
