// The access report as one CSV a spreadsheet opens cleanly: a block saying what it was computed
// from (scope, snapshot, content hash), then the access, project, member and app sections, each
// with its own header row. Cells are encoded by csvWriter (BOM, CRLF, formula prefix).
import type { AccessReport } from '../../../shared/contract/index';
import type { CsvCell } from '../../csv/csvWriter';
import { UTF8_BOM, csvLine } from '../../csv/csvWriter';
import { metaLines } from './reportMeta';

export const ACCESS_SECTION_HEADER = ['user', 'user name', 'project', 'project name', 'level', 'via', 'how', 'Copy access', 'Delete access', 'Download access', 'other restrictions'];
export const PROJECT_SECTION_HEADER = ['project', 'project name', 'billTo', 'public', 'grants', 'Copy access', 'Delete access', 'Download access', 'other restrictions'];
export const MEMBER_SECTION_HEADER = ['org', 'org name', 'user', 'user name', 'level', 'allowBillableActivities', 'appAccess', 'projectAccess'];
export const APP_SECTION_HEADER = ['app', 'app name', 'user', 'user name', 'can run', 'how'];

function section(title: string, header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return csvLine([]) + csvLine([`${title} (${rows.length})`]) + csvLine(header) + rows.map(csvLine).join('');
}

export function reportCsv(report: AccessReport): string {
  const byProject = new Map(report.projects.map((p) => [p.project, p]));
  const overrideCells = (project: string): string[] => {
    const p = byProject.get(project);
    return p ? [...p.overrides.map((o) => o.value), p.restrictions.join('; ')] : ['', '', '', ''];
  };
  const access = report.access.map((r) => [r.user, r.userName, r.project, r.projectName, r.level, r.via, r.how, ...overrideCells(r.project)]);
  const projects = report.projects.map((p) => [
    p.project,
    p.name,
    p.billTo,
    p.isPublic,
    p.grants.map((g) => `${g.principal}=${g.level}`).join('; '),
    ...p.overrides.map((o) => o.value),
    p.restrictions.join('; '),
  ]);
  const members = report.members.map((m) => [m.org, m.orgName, m.user, m.userName, m.level, m.allowBillableActivities, m.appAccess, m.projectAccess]);
  const apps = report.apps.map((a) => [a.app, a.appName, a.user, a.userName, a.allowed, a.how]);
  return (
    UTF8_BOM +
    metaLines(report.meta).map(([k, v]) => csvLine([k, v])).join('') +
    section('Access', ACCESS_SECTION_HEADER, access) +
    section('Projects and policy overrides', PROJECT_SECTION_HEADER, projects) +
    section('Org members', MEMBER_SECTION_HEADER, members) +
    section('App access', APP_SECTION_HEADER, apps)
  );
}
