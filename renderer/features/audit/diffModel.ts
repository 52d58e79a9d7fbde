// Turns a diff into the rows the Diff tab shows: effective changes first (what auditors ask
// about), most serious kind first, then app access, then the structural changes behind them,
// each group behind a heading row with its count.
import type { AppAccessChange, Diff, EffectiveChange, StructuralChange } from '../../../shared/contract/index';

export type DiffRow =
  | { kind: 'heading'; key: string; title: string; count: number }
  | { kind: 'effective'; key: string; change: EffectiveChange }
  | { kind: 'app'; key: string; change: AppAccessChange }
  | { kind: 'structural'; key: string; change: StructuralChange };

const EFFECT_ORDER: EffectiveChange['change'][] = ['revoked', 'lowered', 'granted', 'raised', 'capabilities'];
const EFFECT_TITLES: Record<EffectiveChange['change'], string> = {
  revoked: 'Access revoked',
  lowered: 'Access lowered',
  granted: 'Access granted',
  raised: 'Access raised',
  capabilities: 'Same level, other rights (settings)',
};
const STRUCTURAL_TITLES: Record<StructuralChange['kind'], string> = {
  membership: 'Memberships',
  grant: 'Project grants',
  settings: 'Project settings',
  project: 'Projects',
  org: 'Orgs',
  user: 'Users',
  app: 'Apps',
  appDeveloper: 'App developers',
  appAuthorization: 'App authorizations',
};
const STRUCTURAL_ORDER = Object.keys(STRUCTURAL_TITLES) as StructuralChange['kind'][];

function byUserThenProject(a: EffectiveChange, b: EffectiveChange): number {
  return a.userName.localeCompare(b.userName) || a.projectName.localeCompare(b.projectName);
}

export function diffRows(diff: Diff): DiffRow[] {
  const rows: DiffRow[] = [];
  for (const kind of EFFECT_ORDER) {
    const group = diff.effective.filter((c) => c.change === kind).sort(byUserThenProject);
    if (group.length === 0) continue;
    rows.push({ kind: 'heading', key: `h:e:${kind}`, title: EFFECT_TITLES[kind], count: group.length });
    for (const c of group) rows.push({ kind: 'effective', key: `e:${kind}:${c.user}:${c.project}`, change: c });
  }
  if (diff.apps.length > 0) {
    rows.push({ kind: 'heading', key: 'h:apps', title: 'App access', count: diff.apps.length });
    const apps = [...diff.apps].sort((a, b) => (a.change === b.change ? a.userName.localeCompare(b.userName) : a.change === 'revoked' ? -1 : 1));
    for (const c of apps) rows.push({ kind: 'app', key: `a:${c.change}:${c.user}:${c.app}`, change: c });
  }
  for (const kind of STRUCTURAL_ORDER) {
    const group = diff.structural.filter((c) => c.kind === kind);
    if (group.length === 0) continue;
    rows.push({ kind: 'heading', key: `h:s:${kind}`, title: `${STRUCTURAL_TITLES[kind]} (what changed)`, count: group.length });
    for (const c of group) rows.push({ kind: 'structural', key: `s:${c.key}:${c.change}`, change: c });
  }
  return rows;
}

export interface SummaryChip {
  id: string;
  label: string;
  count: number;
  tone: 'danger' | 'warn' | 'ok' | 'neutral';
}

export function summaryChips(diff: Diff): SummaryChip[] {
  const s = diff.summary;
  return [
    { id: 'revoked', label: 'revoked', count: s.revoked, tone: 'danger' as const },
    { id: 'lowered', label: 'lowered', count: s.lowered, tone: 'warn' as const },
    { id: 'granted', label: 'granted', count: s.granted, tone: 'ok' as const },
    { id: 'raised', label: 'raised', count: s.raised, tone: 'ok' as const },
    { id: 'capabilities', label: 'rights changed', count: s.capabilities, tone: 'neutral' as const },
    { id: 'appsRevoked', label: 'apps lost', count: s.appsRevoked, tone: 'danger' as const },
    { id: 'appsGranted', label: 'apps gained', count: s.appsGranted, tone: 'ok' as const },
    { id: 'structural', label: 'structural changes', count: s.structural, tone: 'neutral' as const },
  ];
}
