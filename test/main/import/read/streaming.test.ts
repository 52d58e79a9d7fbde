// The streaming readers give exactly what the in-memory reader gives: every fixture from disk,
// in chunks as small as one byte (chunk borders inside BOMs, UTF-8/UTF-16 sequences, quoted
// newlines, CRLF pairs), and a file larger than the sniffing sample.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readMembersCsv, readMembersCsvFile, readMembersCsvStream } from '../../../../main/import/read/index';
import { toCsv } from '../../../../main/csv/csvWriter';
import { chunked, fixtureBytes, fixtureNames, fixturePath } from './fixtureFiles';

const tmp = mkdtempSync(path.join(tmpdir(), 'orgdesk-read-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('streaming equals in-memory', () => {
  it.each(fixtureNames())('%s from disk', async (name) => {
    expect(await readMembersCsvFile(fixturePath(name))).toEqual(readMembersCsv(fixtureBytes(name)));
  });
  it.each(fixtureNames())('%s in 1, 2, 3 and 7 byte chunks', async (name) => {
    const bytes = fixtureBytes(name);
    const expected = readMembersCsv(bytes);
    for (const size of [1, 2, 3, 7]) expect(await readMembersCsvStream(chunked(bytes, size))).toEqual(expected);
  });
  it('a file far larger than the sniffing sample, with multi-line cells across chunk borders', async () => {
    const rows = Array.from({ length: 5000 }, (_, i) => [`org-lab${i % 7}`, `user-${i}`, i % 2 ? 'MEMBER' : ' ADMIN ', `note ${i}\r\n"quoted", é 😀`]);
    const file = path.join(tmp, 'big.csv');
    writeFileSync(file, toCsv(['Org', 'User', 'Level', 'Note'], rows));
    const fromDisk = await readMembersCsvFile(file, { mapping: { Note: null } });
    const inMemory = readMembersCsv(readFileSync(file), { mapping: { Note: null } });
    expect(fromDisk).toEqual(inMemory);
    expect(fromDisk.rows).toHaveLength(5000);
    expect(fromDisk.rows[4999]).toMatchObject({ row: 5001, values: { org: 'org-lab1', user: 'user-4999', level: 'MEMBER' } });
    expect(fromDisk.rows[0]?.values.level).toBe('ADMIN');
    expect(fromDisk.problems).toEqual([]);
  });
  it('a missing file is a fatal result, not an exception', async () => {
    const r = await readMembersCsvFile(path.join(tmp, 'nope.csv'));
    expect(r.fatal).toMatch(/could not be read/);
  });
});
