import { describe, expect, it } from 'vitest';
import { applyLabel, bytesToBase64, changeText, partialApplyLabel, problemText, readFailureText } from '../../../../renderer/features/import/importText';

const summary = { create: 1, update: 9, unchanged: 3, remove: 2, skip: 0, error: 2 };

describe('importText', () => {
  it('labels the apply buttons with what they do', () => {
    expect(applyLabel(summary)).toBe('Apply 12 changes');
    expect(applyLabel({ ...summary, create: 1, update: 0, remove: 0 })).toBe('Apply 1 change');
    expect(partialApplyLabel(summary)).toBe('Apply 12 changes, skip 2 rows with errors');
  });

  it('writes changes as field: old -> new', () => {
    expect(changeText({ field: 'projectAccess', from: 'UPLOAD', to: 'VIEW' })).toBe('projectAccess: UPLOAD -> VIEW');
    expect(changeText({ field: 'allowBillableActivities', from: null, to: true })).toBe('allowBillableActivities: (blank) -> yes');
    expect(changeText({ field: 'level', from: null, to: 'MEMBER' }, true)).toBe('level: MEMBER');
  });

  it('names the column and value of a problem', () => {
    expect(problemText({ row: 3, column: 'level', value: 'BOSS', message: 'not a level' })).toBe('level "BOSS": not a level');
    expect(problemText({ row: 3, column: null, value: null, message: 'ragged row' })).toBe('ragged row');
  });

  it('says what to do after a read failure', () => {
    expect(readFailureText('unexpected end')).toBe('This file could not be read: unexpected end. Check that it is a CSV saved as UTF-8 or Windows-1252.');
  });

  it('encodes bytes as base64, also across chunks', () => {
    expect(bytesToBase64(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]))).toBe('77u/YQ==');
    const big = new Uint8Array(100_000).map((_, i) => i % 256);
    expect(bytesToBase64(big)).toBe(Buffer.from(big).toString('base64'));
  });
});
