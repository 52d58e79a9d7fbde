// Runs once before the e2e tests. Playwright's list reporter shows a skipped test as a bare
// dash, so the reason the Electron smoke test will skip is printed where people read the log.
import { ELECTRON_SKIP_REASON, electronBinary } from './electronBinary';

export default function globalSetup(): void {
  if (electronBinary() === null) process.stdout.write(`electron-smoke.e2e.ts will SKIP: ${ELECTRON_SKIP_REASON}\n`);
}
