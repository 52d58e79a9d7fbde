// Words and small conversions for the Import wizard: button labels that say what they do,
// "field: old -> new" lines, chip texts and the bytes-to-base64 step. Pure: no React, no calls.
import type { ImportPlan, ImportProblem, ImportSummary } from '../../../shared/contract/index';
import { plural } from '../../../shared/text/plural';

type Change = ImportPlan['rows'][number]['changes'][number];

/** Rows that would write something: creates, updates and removals. */
export function changeCount(summary: ImportSummary): number {
  return summary.create + summary.update + summary.remove;
}

export function applyLabel(summary: ImportSummary): string {
  return `Apply ${plural(changeCount(summary), 'change')}`;
}

export function partialApplyLabel(summary: ImportSummary): string {
  return `${applyLabel(summary)}, skip ${plural(summary.error, 'row')} with errors`;
}

function cellText(v: Change['from']): string {
  if (v === null || v === '') return '(blank)';
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  return v;
}

/** "field: old -> new"; a created member has no old values, so only "field: new". */
export function changeText(c: Change, created = false): string {
  if (created && (c.from === null || c.from === '')) return `${c.field}: ${cellText(c.to)}`;
  return `${c.field}: ${cellText(c.from)} -> ${cellText(c.to)}`;
}

export function problemText(p: ImportProblem): string {
  const where = p.column ? `${p.column}${p.value !== null && p.value !== '' ? ` "${p.value}"` : ''}: ` : '';
  return `${where}${p.message}`;
}

export const SUMMARY_KEYS = ['create', 'update', 'unchanged', 'remove', 'skip', 'error'] as const;

export const SUMMARY_WORDS: Record<(typeof SUMMARY_KEYS)[number], string> = {
  create: 'create',
  update: 'update',
  unchanged: 'unchanged',
  remove: 'remove',
  skip: 'skip',
  error: 'error',
};

export const DELIMITER_LABELS: Record<ImportPlan['file']['delimiter'], string> = {
  ',': 'Comma ( , )',
  ';': 'Semicolon ( ; )',
  '\t': 'Tab',
};

export const ENCODING_LABELS: Record<ImportPlan['file']['encoding'], string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  'windows-1252': 'Windows-1252',
};

export function readFailureText(message: string): string {
  return `This file could not be read: ${message.replace(/\.?\s*$/, '.')} Check that it is a CSV saved as UTF-8 or Windows-1252.`;
}

/** Base64 of raw bytes, in chunks so a large file never hits the argument-count limit. */
export function bytesToBase64(bytes: Uint8Array): string {
  const CHUNK = 0x8000;
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return btoa(binary);
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}
