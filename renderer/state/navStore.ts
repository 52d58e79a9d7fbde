// Where the user is: the view, the selection inside each view and the one open dialog. Kept
// apart from data so the command palette can drive any view or dialog. No calls from here.
import { createStore } from 'zustand/vanilla';
import type { StoreApi } from 'zustand/vanilla';
import type { View } from '../../shared/contract/views';

// The view list is shared with the desktop menu; re-exported so the renderer has one place to look.
export { VIEWS, VIEW_LABELS, viewShortcutKey } from '../../shared/contract/views';
export type { View } from '../../shared/contract/views';

export type DialogState =
  | { kind: 'createOrg' }
  | { kind: 'newProject' }
  | { kind: 'addMember'; org: string; /** Pre-filled when the dialog opens from a user's empty cell. */ user?: string }
  | { kind: 'editMember'; org: string; user: string }
  | { kind: 'removeMember'; org: string; user: string }
  | { kind: 'share'; project: string; principal?: string }
  | { kind: 'revoke'; project: string; principal: string }
  | { kind: 'containsPHI'; project: string }
  | { kind: 'connect' }
  | { kind: 'conflict'; id: number }
  | { kind: 'discard'; id: number };

export type MembersTab = 'members' | 'matrix';
export type ProjectTab = 'sharing' | 'settings';
export type AccessMode = 'user' | 'project';
/** Filter tabs of the Changes view; "all" is every edit not yet synced. */
export const CHANGES_TABS = ['all', 'conflict', 'failed', 'pending', 'history'] as const;
export type ChangesTab = (typeof CHANGES_TABS)[number];

export interface NavState {
  view: View;
  org: string | null;
  membersTab: MembersTab;
  project: string | null;
  projectTab: ProjectTab;
  accessMode: AccessMode;
  accessUser: string | null;
  accessProject: string | null;
  /** The user/project pair whose explanation panel is open in the Access view. */
  explain: { user: string; project: string } | null;
  changesTab: ChangesTab;
  dialog: DialogState | null;
  paletteOpen: boolean;
  paletteQuery: string;
  go(view: View): void;
  openOrg(org: string, tab?: MembersTab): void;
  setMembersTab(tab: MembersTab): void;
  openProject(project: string | null, tab?: ProjectTab): void;
  setProjectTab(tab: ProjectTab): void;
  setAccessMode(mode: AccessMode): void;
  openUserAccess(user: string): void;
  openProjectAccess(project: string): void;
  setExplain(pair: { user: string; project: string } | null): void;
  openChanges(tab?: ChangesTab): void;
  openDialog(dialog: DialogState): void;
  closeDialog(): void;
  openPalette(query?: string): void;
  closePalette(): void;
}

export function createNavStore(): StoreApi<NavState> {
  return createStore<NavState>()((set) => ({
    view: 'orgs',
    org: null,
    membersTab: 'members',
    project: null,
    projectTab: 'sharing',
    accessMode: 'user',
    accessUser: null,
    accessProject: null,
    explain: null,
    changesTab: 'all',
    dialog: null,
    paletteOpen: false,
    paletteQuery: '',
    go: (view) => set({ view }),
    openOrg: (org, tab) => set((s) => ({ view: 'members', org, membersTab: tab ?? s.membersTab })),
    setMembersTab: (membersTab) => set({ membersTab }),
    openProject: (project, tab) => set((s) => ({ view: 'projects', project, projectTab: tab ?? s.projectTab })),
    setProjectTab: (projectTab) => set({ projectTab }),
    setAccessMode: (accessMode) => set({ accessMode, explain: null }),
    openUserAccess: (user) => set({ view: 'access', accessMode: 'user', accessUser: user, explain: null }),
    openProjectAccess: (project) => set({ view: 'access', accessMode: 'project', accessProject: project, explain: null }),
    setExplain: (explain) => set({ explain }),
    openChanges: (tab) => set((s) => ({ view: 'changes', changesTab: tab ?? s.changesTab })),
    openDialog: (dialog) => set({ dialog, paletteOpen: false }),
    closeDialog: () => set({ dialog: null }),
    openPalette: (query) => set({ paletteOpen: true, paletteQuery: query ?? '' }),
    closePalette: () => set({ paletteOpen: false }),
  }));
}
