// The decisions file of an access review: the template (every reviewable row, decision cells
// blank) and the reader. Columns match case-insensitively; extra columns (names, how) are
// ignored; rows without a decision are not decided yet and skipped. Syntax problems are
// AppError InvalidInput naming the spreadsheet row, column and value.
import Papa from 'papaparse';
import type { ReportAt, ReportMeta, ReportScope, ReviewRow } from '../../../shared/contract/index';
import { ReviewDecisionKindSchema } from '../../../shared/contract/index';
import { LEVELS } from '../../../shared/domain/index';
import { AppError } from '../../../shared/rpc/index';
import { toCsv } from '../../csv/csvWriter';
import { scopeToken } from '../report/reportMeta';
import type { NumberedDecision } from './planReview';

export const DECISION_COLUMNS = ['scope', 'at', 'user', 'project', 'org', 'decision', 'level', 'comment'] as const;
type Column = (typeof DECISION_COLUMNS)[number];

export const TEMPLATE_HEADER = ['scope', 'at', 'user', 'user name', 'project', 'project name', 'org', 'current level', 'how', 'reduce to', 'decision', 'level', 'comment'];

export function decisionsTemplate(meta: ReportMeta, rows: readonly ReviewRow[]): string {
  const at = meta.source.kind === 'snapshot' ? String(meta.source.id) : 'now';
  const scope = scopeToken(meta.scope);
  return toCsv(
    TEMPLATE_HEADER,
    rows.map((r) => [scope, at, r.user, r.userName, r.project ?? '', r.projectName ?? '', r.org ?? '', r.level, r.how, r.reduceTo.join(' '), '', '', '']),
  );
}

export interface DecisionsFile {
  scope: ReportScope;
  at: ReportAt;
  decisions: NumberedDecision[];
}

const bad = (row: number, column: string, value: string, message: string) =>
  new AppError('InvalidInput', `decisions file row ${row}, column ${column}: "${value}" ${message}`, { field: column, row });

export function parseScope(text: string): ReportScope | null {
  const t = text.trim();
  if (t.toLowerCase() === 'all') return { kind: 'all' };
  const m = /^(org|project|user)\s*[:=]\s*(.+)$/i.exec(t);
  if (!m || !m[1] || !m[2]) return null;
  const kind = m[1].toLowerCase();
  const ref = m[2].trim();
  return kind === 'org' ? { kind: 'org', org: ref } : kind === 'project' ? { kind: 'project', project: ref } : { kind: 'user', user: ref };
}

export function parseAt(text: string): ReportAt | null {
  const t = text.trim().toLowerCase();
  if (t === '' || t === 'now') return 'now';
  return /^[1-9][0-9]*$/.test(t) ? Number(t) : null;
}

function parseTable(content: string): string[][] {
  const text = content.replace(/^\uFEFF/, '');
  const first = text.slice(0, text.search(/\r?\n|$/));
  const counts = [',', ';', '\t'].map((d) => [d, first.split(d).length] as const).sort((a, b) => b[1] - a[1]);
  const delimiter = counts[0]?.[0] ?? ',';
  const newline = text.includes('\r\n') ? '\r\n' : text.includes('\r') && !text.includes('\n') ? '\r' : '\n';
  const parsed = new Papa.Parser({ delimiter, newline, quoteChar: '"' }).parse(text, 0, false);
  return parsed.data;
}

/** Reads a decisions CSV; `atOverride` (the CLI's --at) wins over the file's `at` column. */
export function readDecisionsCsv(content: string, atOverride?: ReportAt): DecisionsFile {
  const table = parseTable(content);
  const header = (table[0] ?? []).map((h) => h.trim().toLowerCase());
  const col = new Map<Column, number>();
  for (const c of DECISION_COLUMNS) {
    const i = header.indexOf(c);
    if (i >= 0) col.set(c, i);
  }
  for (const required of ['user', 'decision'] as const) {
    if (!col.has(required)) throw new AppError('InvalidInput', `decisions file: no "${required}" column (columns: ${DECISION_COLUMNS.join(', ')})`, { field: required });
  }
  if (!col.has('project') && !col.has('org')) throw new AppError('InvalidInput', 'decisions file: needs a "project" or an "org" column', { field: 'project' });
  let scope: ReportScope | null = null;
  let scopeText = '';
  let at: ReportAt | null = atOverride ?? null;
  const decisions: NumberedDecision[] = [];
  table.slice(1).forEach((cells, i) => {
    const row = i + 2;
    const cell = (c: Column): string => {
      const idx = col.get(c);
      return idx === undefined ? '' : (cells[idx] ?? '').trim();
    };
    if (cells.every((c) => c.trim() === '')) return;
    const decisionText = cell('decision').toLowerCase();
    if (decisionText === '') return;
    const decision = ReviewDecisionKindSchema.safeParse(decisionText);
    if (!decision.success) throw bad(row, 'decision', cell('decision'), 'is not a decision: use keep, reduce or revoke');
    const rowScope = cell('scope');
    if (rowScope !== '') {
      const parsed = parseScope(rowScope);
      if (!parsed) throw bad(row, 'scope', rowScope, 'is not a scope: use all, org:ORG, project:PROJECT or user:USER');
      if (scope === null) {
        scope = parsed;
        scopeText = rowScope;
      } else if (rowScope !== scopeText) throw bad(row, 'scope', rowScope, `differs from row ${decisions[0]?.row ?? 2} ("${scopeText}"): one review covers one scope`);
    }
    if (atOverride === undefined && cell('at') !== '') {
      const parsedAt = parseAt(cell('at'));
      if (parsedAt === null) throw bad(row, 'at', cell('at'), 'is not a snapshot: use now or a snapshot id');
      if (at !== null && at !== parsedAt) throw bad(row, 'at', cell('at'), 'differs from an earlier row: one review covers one snapshot');
      at = parsedAt;
    }
    const levelText = cell('level').toUpperCase();
    if (levelText !== '' && !(LEVELS as readonly string[]).includes(levelText) && levelText !== 'ADMIN' && levelText !== 'MEMBER') {
      throw bad(row, 'level', cell('level'), `is not a level: use ${LEVELS.join(', ')}, or MEMBER for an org admin`);
    }
    const project = cell('project');
    const org = cell('org');
    decisions.push({
      row,
      user: cell('user'),
      ...(project !== '' ? { project } : {}),
      ...(org !== '' ? { org } : {}),
      decision: decision.data,
      ...(levelText !== '' ? { level: levelText as NonNullable<NumberedDecision['level']> } : {}),
      comment: cell('comment'),
    });
  });
  if (decisions.length === 0) throw new AppError('InvalidInput', 'decisions file: no row has a decision (keep, reduce or revoke)', { field: 'decision' });
  if (scope === null) throw new AppError('InvalidInput', 'decisions file: no row names the scope (all, org:ORG, project:PROJECT or user:USER)', { field: 'scope' });
  return { scope, at: at ?? 'now', decisions };
}
