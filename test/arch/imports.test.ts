// Enforces the "who may import whom" table of architecture.md over every .ts/.tsx file in
// shared/, main/, preload/ and renderer/, and proves with planted violations that the checker
// flags each forbidden edge (so this test cannot pass by checking nothing).
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkSource, extractImports, formatViolation, layerOf } from './importRules';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const LAYER_DIRS = ['shared', 'main', 'preload', 'renderer'];
// Build configuration runs in Node at build time and is not part of the renderer bundle.
const NOT_SOURCE = /(^|\/)vite\.config\.ts$/;

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const rel = `${dir}/${entry.name}`;
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && entry.name !== 'dist') out.push(...sourceFiles(rel));
    } else if (/\.(ts|tsx)$/.test(entry.name) && !NOT_SOURCE.test(rel)) {
      out.push(rel);
    }
  }
  return out;
}

const files = LAYER_DIRS.flatMap(sourceFiles);
const sources = new Map(files.map((file) => [file, readFileSync(path.join(root, file), 'utf8')]));
const read = (file: string): string => sources.get(file) ?? '';

describe('import rules over the source tree', () => {
  it('finds the source files it is meant to check', () => {
    expect(files).toEqual(expect.arrayContaining(['shared/contract/names.ts', 'preload/index.ts', 'main/electron/main.ts']));
    expect(files.every((f) => layerOf(f) !== null)).toBe(true);
  });

  it('has no forbidden import', () => {
    const violations = files.flatMap((file) => checkSource(file, read(file)));
    expect(violations.map(formatViolation)).toEqual([]);
  });

  it('lets only main/electron and preload import electron', () => {
    const importers = files.filter((file) =>
      extractImports(file, read(file)).some((ref) => ref.specifier !== null && /^electron(\/|$)/.test(ref.specifier)),
    );
    expect(importers.filter((f) => !f.startsWith('main/electron/') && !f.startsWith('preload/'))).toEqual([]);
    expect(importers).toEqual(expect.arrayContaining(['main/electron/main.ts', 'preload/index.ts']));
  });
});

describe('the checker itself (planted violations)', () => {
  const flagged = (file: string, source: string): string[] => checkSource(file, source).map((v) => v.reason);

  it.each([
    ['shared/domain/x.ts', "import fs from 'node:fs';"],
    ['shared/domain/x.ts', "import path from 'path';"],
    ['shared/domain/x.ts', "import { useState } from 'react';"],
    ['shared/domain/x.ts', "import { openApp } from '../../main/app';"],
    ['shared/domain/x.ts', "import type { X } from '../../renderer/x';"],
    ['main/services/x.ts', "import { app } from 'electron';"],
    ['main/services/x.ts', "const { app } = require('electron');"],
    ['main/services/x.ts', "import type { WebContents } from 'electron';"],
    ['main/services/x.ts', "import { x } from '../../renderer/api/x';"],
    ['main/services/x.ts', "import { x } from '../../preload/createDesktopApi';"],
    ['main/services/x.ts', "import { x } from '../electron/security';"],
    ['main/electron/x.ts', "import { startBridge } from '../bridge/server';"],
    ['main/electron/x.ts', "import { x } from '../../renderer/main';"],
    ['main/electron/x.ts', "import { x } from '../../preload/index';"],
    ['preload/x.ts', "import { methods } from '../shared/contract/index';"],
    ['preload/x.ts', "import { ERROR_CODES } from '../shared/rpc/index';"],
    ['preload/x.ts', "import { z } from 'zod';"],
    ['preload/x.ts', "import { openApp } from '../main/app';"],
    ['preload/x.ts', "import type { Methods } from '../shared/contract/index';"],
    ['renderer/x.tsx', "import { ipcRenderer } from 'electron';"],
    ['renderer/x.tsx', "const m = await import('electron');"],
    ['renderer/x.tsx', "import { readFile } from 'node:fs/promises';"],
    ['renderer/x.tsx', "import { x } from '../main/rpc/router';"],
    ['renderer/x.tsx', "export { x } from '../preload/createDesktopApi';"],
    ['renderer/x.tsx', 'const name = "electron"; const m = require(name);'],
    ['renderer/features/x/y.tsx', "import { x } from '../../../test/fixtures/x';"],
  ])('flags %s: %s', (file, source) => {
    expect(flagged(file, source)).toHaveLength(1);
  });

  it.each([
    ['shared/domain/x.ts', "import { z } from 'zod'; import { a } from '../contract/index';"],
    ['main/services/x.ts', "import Database from 'better-sqlite3'; import fs from 'node:fs'; import { a } from '../../shared/domain/index';"],
    ['main/electron/x.ts', "import { app } from 'electron'; import { openApp } from '../app'; import { createRouter } from '../rpc/router';"],
    ['preload/x.ts', "import { ipcRenderer } from 'electron'; import { METHOD_NAME_LIST } from '../shared/contract/names';"],
    ['preload/x.ts', "import type { DesktopApi } from '../shared/rpc/index'; import { type Result } from '../shared/rpc/result';"],
    ['renderer/x.tsx', "import { create } from 'zustand'; import { useState } from 'react'; import { methods } from '../shared/contract/index';"],
  ])('allows %s: %s', (file, source) => {
    expect(flagged(file, source)).toEqual([]);
  });

  it('reports the file, line and import in the failure message', () => {
    const [violation] = checkSource('renderer/x.tsx', "\n\nimport fs from 'node:fs';");
    expect(violation && formatViolation(violation)).toBe(
      "renderer/x.tsx:3 imports 'node:fs': renderer must not import Node built-ins (found node:fs)",
    );
  });
});
