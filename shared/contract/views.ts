// The app's views, their names and their Ctrl/Cmd+digit keys: one list for the renderer's
// navigation and the desktop menu (which names the same views and sends `view.<id>` commands).
export const VIEWS = ['orgs', 'members', 'matrix', 'chart', 'projects', 'access', 'heatmap', 'import', 'changes', 'audit'] as const;
export type View = (typeof VIEWS)[number];

export const VIEW_LABELS: Record<View, string> = {
  orgs: 'Orgs',
  members: 'Members',
  matrix: 'Matrix',
  chart: 'Org chart',
  projects: 'Projects',
  access: 'Access',
  heatmap: 'Heatmap',
  import: 'Import',
  changes: 'Changes',
  audit: 'Audit',
};

/** The digit that, with Ctrl/Cmd, opens the view at `index` (1…9, then 0 for the tenth). */
export function viewShortcutKey(index: number): string | null {
  if (index < 9) return String(index + 1);
  return index === 9 ? '0' : null;
}
