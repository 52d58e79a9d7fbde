// Access reports: a scope at 'now' or a snapshot, as rows for the app, a CSV, or a
// self-contained printable HTML file with the content hash on it. Read-only: reports never
// write, so an auditor can run them on a workspace file handed to them.
import type { MethodOutput, ParsedInput } from '../../shared/contract/index';
import { buildReport } from '../audit/report/buildReport';
import { loadReportState } from '../audit/report/loadReportState';
import { reportCsv } from '../audit/report/reportCsv';
import { reportHtml } from '../audit/report/reportHtml';
import { reportFileBase } from '../audit/report/reportMeta';
import type { ServiceContext } from './context';

export const REPORT_TITLE = 'Access report';

export function createReportsService(ctx: ServiceContext) {
  return {
    access(input: ParsedInput<'reports.access'>): MethodOutput<'reports.access'> {
      const { ix, meta } = loadReportState(ctx, input.scope, input.at, REPORT_TITLE);
      const report = buildReport(ix, meta);
      if (input.format === 'rows') return { meta, report, document: null };
      const base = reportFileBase(meta);
      const document =
        input.format === 'csv'
          ? { name: `${base}.csv`, content: reportCsv(report), mimeType: 'text/csv;charset=utf-8' }
          : { name: `${base}.html`, content: reportHtml(report), mimeType: 'text/html;charset=utf-8' };
      return { meta, report: null, document };
    },
  };
}
export type ReportsService = ReturnType<typeof createReportsService>;
