// Every view and main action as a palette command, plus the workspace's orgs, projects, users
// and the current org's members, so Ctrl/Cmd+K reaches anything. Actions the acting user may
// not take stay listed with the reason instead of disappearing.
import { useMemo } from 'react';
import { useNav, useQuery, useStores, useSync, useWorkspace } from '../api/clientContext';
import { isConnected, syncNowBlocked } from '../features/sync/syncText';
import { downloadDocument } from '../ui/download';
import { VIEW_LABELS, VIEWS, viewShortcutKey } from '../state/navStore';
import { shortcutLabel } from './shortcuts';
import { toastStore } from './toastStore';
import { undoLastEdit, undoMessage } from './undoEdit';

export interface Command {
  id: string;
  group: 'Views' | 'Actions' | 'Orgs' | 'Projects' | 'Users' | 'Members';
  title: string;
  keywords?: string;
  hint?: string;
  disabledReason?: string;
  run(): void;
}

export function useCommands(active: boolean): Command[] {
  const { nav, workspace, sync, client } = useStores();
  const info = useWorkspace((s) => s.info);
  const outbox = useWorkspace((s) => s.outbox);
  const status = useSync((s) => s.status);
  const running = useSync((s) => s.running);
  const currentOrg = useNav((s) => s.org);
  const currentProject = useNav((s) => s.project);
  const ready = active && info !== null && !info.isEmpty;
  const orgs = useQuery('orgs.list', ready ? {} : null).data?.orgs ?? [];
  const projects = useQuery('projects.list', ready ? {} : null).data?.projects ?? [];
  const users = useQuery('users.list', ready ? { limit: 2000 } : null).data?.users ?? [];
  const org = currentOrg ?? orgs[0]?.id ?? null;
  const members = useQuery('members.list', ready && org ? { org } : null).data;
  const project = currentProject ?? projects[0]?.id ?? null;
  const projectDetail = useQuery('projects.get', ready && project ? { project } : null).data;

  return useMemo(() => {
    const s = nav.getState();
    const out: Command[] = VIEWS.map((v, i) => ({
      id: `view:${v}`,
      group: 'Views',
      title: `Go to ${VIEW_LABELS[v]}`,
      hint: shortcutHint(i),
      run: () => s.go(v),
    }));
    const connected = isConnected(status);
    out.push({
      id: 'connect',
      group: 'Actions',
      title: connected ? 'Platform connection…' : 'Connect to a platform…',
      keywords: 'sync login token url platform api reconnect',
      // The Linux basic_text notice (token kept for this session only) shows here as well as in the dialog.
      hint: status?.tokenWarning ? 'Token kept for this session only' : connected ? (status.connectedUser ?? undefined) : undefined,
      run: () => s.openDialog({ kind: 'connect' }),
    });
    out.push({ id: 'syncNow', group: 'Actions', title: 'Sync now', keywords: 'push pull platform upload refresh', disabledReason: syncNowBlocked(status, running) ?? undefined, run: () => void sync.getState().runNow() });
    if (connected) {
      out.push({ id: 'disconnect', group: 'Actions', title: 'Disconnect from the platform', keywords: 'sign out logout forget token', run: () => void sync.getState().disconnect().catch(() => s.openDialog({ kind: 'connect' })) });
    }
    if (outbox && outbox.pending > 0) {
      out.push({
        id: 'undoEdit',
        group: 'Actions',
        title: 'Undo last unsynced edit',
        keywords: 'revert discard pending take back',
        hint: shortcutLabel('Z'),
        run: () => void undoLastEdit(client).then((outcome) => { const m = undoMessage(outcome); toastStore.getState().show(m.text, m.tone); }),
      });
    }
    if (outbox && outbox.conflict > 0) out.push({ id: 'conflicts', group: 'Actions', title: `Review conflicts (${outbox.conflict})`, keywords: 'changes sync resolve keep mine take theirs', run: () => s.openChanges('conflict') });
    if (outbox && outbox.failed > 0) out.push({ id: 'failed', group: 'Actions', title: `Show failed edits (${outbox.failed})`, keywords: 'changes sync retry discard refused', run: () => s.openChanges('failed') });
    if (info?.isEmpty) {
      out.push({ id: 'demo', group: 'Actions', title: 'Open demo workspace', keywords: 'sample example', run: () => void workspace.getState().openDemo().catch(() => s.go('orgs')) });
      return out;
    }
    out.push({ id: 'createOrg', group: 'Actions', title: 'Create org…', keywords: 'new organisation organization', run: () => s.openDialog({ kind: 'createOrg' }) });
    out.push({ id: 'newProject', group: 'Actions', title: 'New project…', keywords: 'create project billing bill to', run: () => { s.go('projects'); s.openDialog({ kind: 'newProject' }); } });
    out.push({ id: 'import', group: 'Actions', title: 'Import members from CSV…', keywords: 'bulk upload spreadsheet excel csv onboard', run: () => s.go('import') });
    // A failed download lands on the view whose own button shows the error when retried.
    const save = (fetch: () => Promise<{ name: string; content: string }>, fallback: 'import' | 'members' | 'access'): void => {
      fetch().then(downloadDocument, () => s.go(fallback));
    };
    out.push({ id: 'template', group: 'Actions', title: 'Download blank import template', keywords: 'csv columns example', run: () => save(() => client.call('imports.template', { prefilled: false }), 'import') });
    out.push({ id: 'exportMembers', group: 'Actions', title: 'Export members of all orgs as CSV', keywords: 'download spreadsheet excel audit', run: () => save(() => client.call('exports.members', {}), 'members') });
    out.push({ id: 'exportAccess', group: 'Actions', title: 'Export access report as CSV', keywords: 'download spreadsheet excel audit who can', run: () => save(() => client.call('exports.access', {}), 'access') });
    out.push({ id: 'matrix', group: 'Actions', title: 'Show membership matrix (all orgs)', keywords: 'members grid table', run: () => s.openOrg(org ?? '', 'matrix') });
    if (members) {
      const reason = members.org.canAdminister.allowed ? undefined : members.org.canAdminister.reason;
      out.push({ id: 'addMember', group: 'Actions', title: `Add member to ${members.org.id}…`, keywords: 'invite user', disabledReason: reason, run: () => s.openDialog({ kind: 'addMember', org: members.org.id }) });
      for (const m of members.members) {
        out.push({ id: `edit:${m.user}`, group: 'Members', title: `Edit ${m.user} in ${m.org}…`, keywords: `${m.name} level flags demote promote`, disabledReason: reason, run: () => s.openDialog({ kind: 'editMember', org: m.org, user: m.user }) });
        out.push({ id: `remove:${m.user}`, group: 'Members', title: `Remove ${m.user} from ${m.org}…`, keywords: `${m.name} delete revoke`, disabledReason: reason, run: () => s.openDialog({ kind: 'removeMember', org: m.org, user: m.user }) });
      }
    }
    if (projectDetail) {
      const reason = projectDetail.canAdminister.allowed ? undefined : projectDetail.canAdminister.reason;
      out.push({ id: 'share', group: 'Actions', title: `Share ${projectDetail.name}…`, keywords: 'grant permission invite', disabledReason: reason, run: () => { s.openProject(projectDetail.id, 'sharing'); s.openDialog({ kind: 'share', project: projectDetail.id }); } });
      out.push({ id: 'settings', group: 'Actions', title: `Policy overrides of ${projectDetail.name}`, keywords: 'settings copy delete download access phi', run: () => s.openProject(projectDetail.id, 'settings') });
    }
    for (const o of orgs) {
      out.push({ id: `org:${o.id}`, group: 'Orgs', title: `${o.name} (${o.id})`, keywords: 'members org', hint: `${o.memberCount} members`, run: () => s.openOrg(o.id, 'members') });
    }
    for (const p of projects) {
      out.push({ id: `project:${p.id}`, group: 'Projects', title: p.name, keywords: `${p.id} project sharing`, hint: p.billTo, run: () => s.openProject(p.id) });
    }
    for (const u of users) {
      out.push({ id: `user:${u.id}`, group: 'Users', title: `${u.name} (${u.id})`, keywords: `${u.email} access`, hint: 'Access', run: () => s.openUserAccess(u.id) });
    }
    return out;
  }, [nav, workspace, sync, client, info, outbox, status, running, org, orgs, projects, users, members, projectDetail]);
}

function shortcutHint(viewIndex: number): string | undefined {
  const key = viewShortcutKey(viewIndex);
  return key === null ? undefined : shortcutLabel(key);
}
