#!/usr/bin/env node
// The `orgdesk` command's launcher: runs the CLI bundle that `npm run build` (and so
// `npm install`, through `prepare`) writes to dist/. Kept in plain JS so it needs no build.
const path = require('node:path');
const fs = require('node:fs');

const bundle = path.join(__dirname, '..', '..', 'dist', 'cli.cjs');
if (!fs.existsSync(bundle)) {
  process.stderr.write('orgdesk: the CLI is not built yet; run `npm run build` in the OrgDesk folder first\n');
  process.exit(1);
}
require(bundle);
