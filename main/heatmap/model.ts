// One computed workspace for the heatmap: the snapshot, the access matrix, the orgs pivot's
// per-org cap histogram and the base name orders every layout filters. Built once per
// workspace version by the heatmap service and shared by all windows, what-ifs and exports.
import type { AccessMatrix } from './accessMatrix';
import { computeAccessMatrixSteps } from './accessMatrix';
import type { Steps } from './cooperative';
import { runToEnd } from './cooperative';
import type { Snapshot } from './snapshot';

export interface HeatmapModel {
  snapshot: Snapshot;
  matrix: AccessMatrix;
  /** Members per org by cap rank: orgCapHist[o * 5 + rank]. */
  orgCapHist: Int32Array;
  /** Projects in name order (localeCompare, then ID). */
  projectNameOrder: Int32Array;
  /** Orgs granting each project: the orgs pivot's column counts. */
  projectOrgCells: Int32Array;
  /** Lower-cased search text of users, orgs and projects. */
  userSearch: string[];
  orgSearch: string[];
  projectSearch: string[];
}

export function buildModel(snapshot: Snapshot): HeatmapModel {
  return runToEnd(buildModelSteps(snapshot));
}

export function* buildModelSteps(snapshot: Snapshot): Steps<HeatmapModel> {
  const s = snapshot;
  const matrix = yield* computeAccessMatrixSteps(s);
  const nO = s.orgs.ids.length;
  const orgCapHist = new Int32Array(nO * 5);
  for (let o = 0; o < nO; o++) {
    for (let k = s.orgMemStart[o] as number, e = s.orgMemStart[o + 1] as number; k < e; k++) orgCapHist[o * 5 + (s.memCap[s.orgMem[k] as number] as number)]!++;
  }
  const projectOrgCells = new Int32Array(s.projects.ids.length);
  for (let g = 0; g < s.orgGrantProject.length; g++) projectOrgCells[s.orgGrantProject[g] as number]!++;
  yield;
  const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
  const order = Array.from(s.projects.ids.keys()).sort(
    (a, b) => collator.compare(s.projects.names[a] ?? '', s.projects.names[b] ?? '') || ((s.projects.ids[a] ?? '') < (s.projects.ids[b] ?? '') ? -1 : 1),
  );
  yield;
  const userSearch: string[] = [];
  for (let i = 0; i < s.users.ids.length; i++) {
    userSearch.push(`${s.users.ids[i] ?? ''}\n${s.users.names[i] ?? ''}\n${s.users.emails[i] ?? ''}`.toLowerCase());
    if (i % 4096 === 4095) yield;
  }
  return {
    snapshot,
    matrix,
    orgCapHist,
    projectNameOrder: Int32Array.from(order),
    projectOrgCells,
    userSearch,
    orgSearch: s.orgs.ids.map((id, i) => `${id}\n${s.orgs.names[i] ?? ''}`.toLowerCase()),
    projectSearch: s.projects.ids.map((id, i) => `${id}\n${s.projects.names[i] ?? ''}`.toLowerCase()),
  };
}

/** Members of org `o` who get less than `rank` from a grant at `rank` (capped), by the histogram. */
export function cappedMembers(m: HeatmapModel, o: number, rank: number): number {
  let n = 0;
  for (let c = 0; c < rank; c++) n += m.orgCapHist[o * 5 + c] as number;
  return n;
}
