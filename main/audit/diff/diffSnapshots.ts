// The diff between two access states (a snapshot and a snapshot, or a snapshot and now):
// structural changes from the fact sets, effective changes for the pairs they can reach, then
// the filters. Reads inside the caller's transaction so "now" is one moment; writes nothing.
import type { Diff, DiffFilters, DiffSide } from '../../../shared/contract/audit';
import type { Repos } from '../../db/repos/index';
import { hashFacts } from '../snapshots/hash';
import type { RebuiltSnapshot } from '../snapshots/rebuild';
import { rebuildFacts, rebuildPair } from '../snapshots/rebuild';
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

/** Keys that may differ between the sides, when the loader knows them (else every key is compared). */
type Candidates = ReadonlySet<string> | undefined;

function nowSide(repos: Repos): Side {
  const facts = readLiveFacts(repos.snapshots);
  return { facts, info: { kind: 'now', id: null, hash: hashFacts(facts), takenAt: null, source: null, label: null } };
}

function snapshotSide({ facts, hash, takenAt, record }: RebuiltSnapshot): Side {
  return { facts, info: { kind: 'snapshot', id: record.id, hash, takenAt, source: record.source, label: record.label } };
}

function loadSides(repos: Repos, from: StateRef, to: StateRef): [Side, Side, Candidates] {
  if (from !== 'now' && to !== 'now') {
    const { sides, touched } = rebuildPair(repos.snapshots, from, to);
    return [snapshotSide(sides[0]), snapshotSide(sides[1]), touched];
  }
  const side = (ref: StateRef) => (ref === 'now' ? nowSide(repos) : snapshotSide(rebuildFacts(repos.snapshots, ref)));
  return [side(from), side(to), undefined];
}

export function diffSnapshots(repos: Repos, from: StateRef, to: StateRef, filters: DiffFilters = {}): Diff {
  const [before, after, candidates] = loadSides(repos, from, to);
  return diffFactSets(before, after, filters, candidates);
}

export function diffFactSets(before: Side, after: Side, filters: DiffFilters, candidates?: Candidates): Diff {
  const ixB = indexState(factsToState(before.facts));
  const ixA = indexState(factsToState(after.facts));
  const resolved = resolveFilters(filters, ixB, ixA);
  const keys = before.info.hash === after.info.hash ? [] : changedKeys(before.facts, after.facts, candidates);
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
