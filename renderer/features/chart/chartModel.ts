// What the chart shows, before layout: the tree of orgs, their groups and the loaded pages of
// each group, given what is expanded. Decides the default collapse threshold and the paging.
// Pure: no React, no DOM, no calls; the layout (chartLayout.ts) places what this returns.
import type { ChartAppItem, ChartGroupKind, ChartGroupPage, ChartOrg, ChartPersonItem, ChartProjectItem, ChartSkeleton } from '../../../shared/contract/index';

/** More orgs than this and every org starts collapsed. */
export const MAX_EXPANDED_ORGS = 12;
/** An org with more people than this starts collapsed even when there are few orgs. */
export const MAX_EXPANDED_PEOPLE = 200;
export const PAGE_SIZE = 50;
export const GROUP_ORDER: readonly ChartGroupKind[] = ['admins', 'members', 'projects', 'apps'];
export const GROUP_LABELS: Record<ChartGroupKind, string> = { admins: 'Admins', members: 'Members', projects: 'Projects', apps: 'Apps' };

export type ChartNodeData =
  | { kind: 'root'; id: 'root'; orgs: number; people: number; multiOrgPeople: number; children: ChartNodeData[] }
  | { kind: 'org'; id: string; org: ChartOrg; expanded: boolean; children: ChartNodeData[] }
  | { kind: 'group'; id: string; org: string; group: ChartGroupKind; count: number; expanded: boolean; children: ChartNodeData[] }
  | { kind: 'person'; id: string; org: string; item: ChartPersonItem; children: [] }
  | { kind: 'project'; id: string; org: string; item: ChartProjectItem; children: [] }
  | { kind: 'app'; id: string; org: string; item: ChartAppItem; children: [] }
  | { kind: 'more'; id: string; org: string; group: ChartGroupKind; shown: number; total: number; children: [] }
  | { kind: 'loading'; id: string; org: string; group: ChartGroupKind; children: [] };

export type ChartNodeKind = ChartNodeData['kind'];

export interface Expansion {
  /** Explicit choices; an org or group without one follows the defaults. */
  orgs: ReadonlyMap<string, boolean>;
  groups: ReadonlyMap<string, boolean>;
  /** Pages of PAGE_SIZE loaded per group key; 1 when absent. */
  pages: ReadonlyMap<string, number>;
}

export const groupKey = (org: string, group: ChartGroupKind): string => `${org}/${group}`;
export const personNodeId = (org: string, user: string): string => `person:${org}:${user}`;

export function groupCount(org: ChartOrg, group: ChartGroupKind): number {
  switch (group) {
    case 'admins':
      return org.adminCount;
    case 'members':
      return org.memberCount;
    case 'projects':
      return org.projectCount;
    case 'apps':
      return org.appCount;
  }
}

export function orgExpandedByDefault(org: ChartOrg, orgCount: number): boolean {
  return orgCount <= MAX_EXPANDED_ORGS && org.adminCount + org.memberCount <= MAX_EXPANDED_PEOPLE;
}

export function isOrgExpanded(org: ChartOrg, orgCount: number, x: Expansion): boolean {
  return x.orgs.get(org.id) ?? orgExpandedByDefault(org, orgCount);
}

export function isGroupExpanded(org: string, group: ChartGroupKind, count: number, x: Expansion): boolean {
  return count > 0 && (x.groups.get(groupKey(org, group)) ?? true);
}

export function pagesOf(org: string, group: ChartGroupKind, x: Expansion): number {
  return Math.max(1, x.pages.get(groupKey(org, group)) ?? 1);
}

export interface PageRequest {
  org: string;
  group: ChartGroupKind;
  offset: number;
  limit: number;
}

/** Every page the current expansion needs, in display order. */
export function pageRequests(skeleton: ChartSkeleton, x: Expansion): PageRequest[] {
  const out: PageRequest[] = [];
  for (const org of skeleton.orgs) {
    if (!isOrgExpanded(org, skeleton.orgs.length, x)) continue;
    for (const group of GROUP_ORDER) {
      const count = groupCount(org, group);
      if (!isGroupExpanded(org.id, group, count, x)) continue;
      const pages = Math.min(pagesOf(org.id, group, x), Math.ceil(count / PAGE_SIZE));
      for (let p = 0; p < pages; p++) out.push({ org: org.id, group, offset: p * PAGE_SIZE, limit: PAGE_SIZE });
    }
  }
  return out;
}

export const pageKey = (r: Pick<PageRequest, 'org' | 'group' | 'offset'>): string => `${r.org}/${r.group}@${r.offset}`;

function itemNodes(org: string, page: ChartGroupPage): ChartNodeData[] {
  switch (page.group) {
    case 'admins':
    case 'members':
      return page.items.map((item) => ({ kind: 'person', id: personNodeId(org, item.user), org, item, children: [] }));
    case 'projects':
      return page.items.map((item) => ({ kind: 'project', id: `project:${org}:${item.id}`, org, item, children: [] }));
    case 'apps':
      return page.items.map((item) => ({ kind: 'app', id: `app:${org}:${item.id}`, org, item, children: [] }));
  }
}

/** The tree to lay out. `pages` holds loaded pages by pageKey; a missing page shows as loading. */
export function buildChartTree(skeleton: ChartSkeleton, x: Expansion, pages: ReadonlyMap<string, ChartGroupPage>): ChartNodeData {
  const orgs: ChartNodeData[] = skeleton.orgs.map((org) => {
    const expanded = isOrgExpanded(org, skeleton.orgs.length, x);
    const groups: ChartNodeData[] = !expanded
      ? []
      : GROUP_ORDER.map((group) => {
          const count = groupCount(org, group);
          const open = isGroupExpanded(org.id, group, count, x);
          const children: ChartNodeData[] = [];
          if (open) {
            const wanted = Math.min(pagesOf(org.id, group, x), Math.ceil(count / PAGE_SIZE));
            let shown = 0;
            let total = count;
            let loading = false;
            for (let p = 0; p < wanted; p++) {
              const page = pages.get(pageKey({ org: org.id, group, offset: p * PAGE_SIZE }));
              if (!page) {
                children.push({ kind: 'loading', id: `loading:${org.id}:${group}:${p}`, org: org.id, group, children: [] });
                loading = true;
                break;
              }
              children.push(...itemNodes(org.id, page));
              shown += page.items.length;
              total = page.total;
            }
            if (!loading && shown > 0 && shown < total) children.push({ kind: 'more', id: `more:${org.id}:${group}`, org: org.id, group, shown, total, children: [] });
          }
          return { kind: 'group', id: `group:${org.id}:${group}`, org: org.id, group, count, expanded: open, children };
        });
    return { kind: 'org', id: `org:${org.id}`, org, expanded, children: groups };
  });
  return { kind: 'root', id: 'root', orgs: skeleton.orgs.length, people: skeleton.people, multiOrgPeople: skeleton.multiOrgPeople, children: orgs };
}
