// Where the CSV fixture corpus lives and how tests load or chunk it; shared by the reader's tests only.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ByteSource } from '../../../../main/import/read/index';

export const FIXTURE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../fixtures/csv');

export function fixturePath(name: string): string {
  return path.join(FIXTURE_DIR, name);
}

export function fixtureBytes(name: string): Uint8Array {
  return readFileSync(fixturePath(name));
}

export function fixtureNames(): string[] {
  return readdirSync(FIXTURE_DIR).filter((f) => f.endsWith('.csv') || f.endsWith('.tsv')).sort();
}

/** A byte source yielding `size`-byte chunks, to put chunk borders everywhere. */
export function chunked(bytes: Uint8Array, size: number): ByteSource {
  return async function* (start: number) {
    for (let i = start; i < bytes.length; i += size) yield bytes.subarray(i, Math.min(bytes.length, i + size));
  };
}
