// The diff as CSV: one row per structural, project-access and app-access change, with routes
// before and after, the cause, and both sides' snapshot ids and hashes on every row so a row
// cut out of the file still says what it compares. Encoding rules come from csvWriter.
import type { AppAccessChange, Diff } from '../../../shared/contract/audit';
import type { AccessRoute } from '../../../shared/domain/index';
import { describeRoute } from '../../../shared/domain/index';
import { toCsv } from '../../csv/csvWriter';
import { describeAppRoute } from './effective';

export function routeList(routes: readonly AccessRoute[]): string {
  return routes.length === 0 ? 'no route' : routes.map((r) => `${r.winning ? '*' : ''}${describeRoute(r)}`).join('; ');
}

export function appRouteList(routes: AppAccessChange['routesBefore']): string {
  return routes.length === 0 ? 'no route' : routes.map((r) => `${r.grants ? '' : '(blocked) '}${describeAppRoute(r)}`).join('; ');
}

export const DIFF_CSV_HEADER = [
  'section', 'kind', 'change', 'user', 'user name', 'org', 'project', 'project name', 'app', 'app name', 'principal',
  'before', 'after', 'routes before', 'routes after', 'cause', 'caused by', 'summary',
  'from snapshot', 'from hash', 'to snapshot', 'to hash',
];

export function diffCsv(d: Diff): string {
  const sides = [d.from.id ?? 'now', d.from.hash, d.to.id ?? 'now', d.to.hash];
  const fieldSide = (fields: Diff['structural'][number]['fields'], side: 'before' | 'after') =>
    fields.map((f) => `${f.field}=${f[side] === null ? '' : String(f[side])}`).join('; ');
  const rows = [
    ...d.structural.map((s) => [
      'structural', s.kind, s.change, s.user ?? '', s.kind === 'user' || s.kind === 'membership' ? (s.name ?? '') : '', s.org ?? '', s.project ?? '',
      s.project ? (s.name ?? '') : '', s.app ?? '', s.app ? (s.name ?? '') : '', s.principal ?? '',
      fieldSide(s.fields, 'before'), fieldSide(s.fields, 'after'), '', '', '', s.key, s.summary, ...sides,
    ]),
    ...d.effective.map((e) => [
      'project access', 'effective', e.change, e.user, e.userName, '', e.project, e.projectName, '', '', '',
      e.before, e.after, routeList(e.routesBefore), routeList(e.routesAfter), e.causeSummary, e.causedBy.join('; '), '', ...sides,
    ]),
    ...d.apps.map((e) => [
      'app access', 'effective', e.change, e.user, e.userName, '', '', '', e.app, e.appName, '',
      e.change === 'granted' ? 'no' : 'yes', e.change === 'granted' ? 'yes' : 'no', appRouteList(e.routesBefore), appRouteList(e.routesAfter),
      e.causeSummary, e.causedBy.join('; '), '', ...sides,
    ]),
  ];
  return toCsv(DIFF_CSV_HEADER, rows);
}

/** "access-diff-3-to-now.csv" */
export function diffCsvName(d: Diff): string {
  const side = (s: Diff['from']) => (s.kind === 'now' ? 'now' : String(s.id ?? ''));
  return `access-diff-${side(d.from)}-to-${side(d.to)}.csv`;
}
