// The diff between two access states (a snapshot and a snapshot, or a snapshot and now):
// structural changes from the fact sets, effective changes for the pairs they can reach, then
// the filters. Reads inside the caller's transaction so "now" is one moment; writes nothing.
import type { Diff, DiffFilters, DiffSide } from '../../../shared/contract/audit';
import type { Repos } from '../../db/repos/index';
import { hashFacts } from '../snapshots/hash';
import { rebuildFacts } from '../snapshots/rebuild';
import type { FactMap } from '../state/facts';
import { factsToState } from '../state/facts';
import { readLiveFacts } from '../state/liveFacts';
import type { StateRef } from '../state/loadAccessState';
import { effectiveChanges } from './effective';
import { applyFilters, resolveFilters } from './filters';
import { indexState } from './stateIndex';
import { changedKeys, structuralChanges } from './structural';

interface Side {
  facts: FactMap;
  info: DiffSide;
}

function loadSide(repos: Repos, ref: StateRef): Side {
  if (ref === 'now') {
    const facts = readLiveFacts(repos.snapshots);
    return { facts, info: { kind: 'now', id: null, hash: hashFacts(facts), takenAt: null, source: null, label: null } };
  }
  const { facts, hash, takenAt } = rebuildFacts(repos.snapshots, ref);
  const record = repos.snapshots.get(ref);
  return { facts, info: { kind: 'snapshot', id: ref, hash, takenAt, source: record?.source ?? null, label: record?.label ?? null } };
}

export function diffSnapshots(repos: Repos, from: StateRef, to: StateRef, filters: DiffFilters = {}): Diff {
  return diffFactSets(loadSide(repos, from), loadSide(repos, to), filters);
}

export function diffFactSets(before: Side, after: Side, filters: DiffFilters): Diff {
  const ixB = indexState(factsToState(before.facts));
  const ixA = indexState(factsToState(after.facts));
  const resolved = resolveFilters(filters, ixB, ixA);
  const keys = before.info.hash === after.info.hash ? [] : changedKeys(before.facts, after.facts);
  const structural = structuralChanges(keys, before.facts, after.facts, ixB, ixA);
  const eff = effectiveChanges(keys, ixB, ixA, resolved.user !== undefined ? { onlyUser: resolved.user } : {});
  const kept = applyFilters(resolved, { structural, effective: eff.effective, apps: eff.apps });
  const count = (k: string) => kept.effective.filter((e) => e.change === k).length;
  return {
    from: before.info,
    to: after.info,
    identical: before.info.hash === after.info.hash,
    filters,
    ...kept,
    summary: {
      structural: kept.structural.length,
      granted: count('granted'),
      revoked: count('revoked'),
      raised: count('raised'),
      lowered: count('lowered'),
      capabilities: count('capabilities'),
      appsGranted: kept.apps.filter((e) => e.change === 'granted').length,
      appsRevoked: kept.apps.filter((e) => e.change === 'revoked').length,
      usersExamined: eff.usersExamined,
    },
  };
}
