// The access report as ONE self-contained, printable HTML file: inline CSS with a print
// stylesheet, no scripts, no external resources (a CSP of default-src 'none' makes sure), and
// the snapshot id and content hash printed on it with how to check them. Every text is escaped.
import type { AccessReport } from '../../../shared/contract/index';
import { metaLines, scopeText, utc } from './reportMeta';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

const CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 24px; font: 12px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d232b; background: #fff; font-variant-numeric: tabular-nums; }
h1 { font-size: 18px; margin: 0 0 4px; }
h2 { font-size: 14px; margin: 22px 0 6px; }
.sub { color: #59636e; margin: 0 0 14px; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 3px 14px; margin: 0 0 8px; padding: 10px 12px; border: 1px solid #d0d7de; border-radius: 4px; background: #f6f8fa; }
dl.meta dt { color: #59636e; }
dl.meta dd { margin: 0; }
.hash { font-family: ui-monospace, "SF Mono", Consolas, monospace; font-size: 11px; word-break: break-all; }
table { border-collapse: collapse; width: 100%; margin: 0 0 6px; }
th, td { text-align: left; vertical-align: top; padding: 3px 8px; border-bottom: 1px solid #e3e7eb; }
th { font-weight: 600; color: #3b444f; border-bottom: 1px solid #aab3bd; white-space: nowrap; }
td.id { font-family: ui-monospace, "SF Mono", Consolas, monospace; font-size: 11px; color: #3b444f; }
.lvl { font-weight: 600; }
.muted { color: #6b7580; }
.none { color: #6b7580; font-style: italic; }
.off { color: #a0410d; }
footer { margin-top: 24px; color: #59636e; font-size: 11px; }
@page { size: A4 landscape; margin: 12mm; }
@media print {
  body { margin: 0; font-size: 10px; }
  dl.meta { background: none; }
  thead { display: table-header-group; }
  tr, dl.meta { break-inside: avoid; }
  h2 { break-after: avoid; }
}
`;

type Cell = string | { text: string; cls: string };

function table(header: readonly string[], rows: readonly (readonly Cell[])[], empty: string): string {
  if (rows.length === 0) return `<p class="none">${escapeHtml(empty)}</p>`;
  const th = header.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('');
  const body = rows
    .map((r) => `<tr>${r.map((c) => (typeof c === 'string' ? `<td>${escapeHtml(c)}</td>` : `<td class="${c.cls}">${escapeHtml(c.text)}</td>`)).join('')}</tr>`)
    .join('\n');
  return `<table><thead><tr>${th}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

const id = (text: string): Cell => ({ text, cls: 'id' });
const lvl = (text: string): Cell => ({ text, cls: 'lvl' });

export function reportHtml(report: AccessReport): string {
  const { meta } = report;
  const title = `${meta.title}: ${scopeText(meta.scope)}`;
  const metaBlock = metaLines(meta)
    .map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd${k.startsWith('Content hash') ? ' class="hash"' : ''}>${escapeHtml(v)}</dd>`)
    .join('\n');
  const access = report.access.map((r) => [r.userName === r.user ? r.user : `${r.userName} (${r.user})`, r.projectName, lvl(r.level), r.via, { text: r.how, cls: 'muted' }]);
  const projects = report.projects.map((p) => [
    p.name,
    id(p.project),
    p.billTo,
    p.grants.map((g) => `${g.principal} ${g.level}`).join(', ') || '(none)',
    ...p.overrides.map((o): Cell => (o.isDefault ? o.value : { text: o.value, cls: 'off' })),
    p.restrictions.join(', ') || '(none)',
  ]);
  const members = report.members.map((m) => [
    m.orgName === m.org ? m.org : `${m.orgName} (${m.org})`,
    m.userName === m.user ? m.user : `${m.userName} (${m.user})`,
    lvl(m.level),
    m.allowBillableActivities ? 'yes' : 'no',
    m.appAccess ? 'yes' : 'no',
    m.projectAccess,
  ]);
  const apps = report.apps.map((a) => [a.appName, a.userName === a.user ? a.user : `${a.userName} (${a.user})`, a.allowed ? 'yes' : { text: 'no', cls: 'off' }, a.how]);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${CSS}</style>
</head>
<body>
<h1>${escapeHtml(meta.title)}</h1>
<p class="sub">${escapeHtml(scopeText(meta.scope))} · ${escapeHtml(meta.source.kind === 'snapshot' ? `snapshot ${meta.source.id}` : 'now')} · generated ${escapeHtml(utc(meta.generatedAt))}</p>
<dl class="meta">
${metaBlock}
</dl>
<h2>Access (${report.access.length})</h2>
${table(['User', 'Project', 'Level', 'Via', 'How'], access, 'Nobody has access in this scope.')}
<h2>Projects and policy overrides (${report.projects.length})</h2>
${table(['Project', 'ID', 'Billed to', 'Grants', 'Copy access', 'Delete access', 'Download access', 'Other restrictions'], projects, 'No projects in this scope.')}
<h2>Org members (${report.members.length})</h2>
${table(['Org', 'User', 'Level', 'Billable', 'App access', 'Project access'], members, 'No memberships in this scope.')}
${report.apps.length > 0 || meta.scope.kind !== 'project' ? `<h2>App access (${report.apps.length})</h2>\n${table(['App', 'User', 'Can run', 'How'], apps, 'No app access in this scope.')}` : ''}
<footer>OrgDesk access report · content hash <span class="hash">${escapeHtml(meta.hash)}</span></footer>
</body>
</html>
`;
}
