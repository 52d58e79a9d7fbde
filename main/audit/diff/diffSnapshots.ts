// The diff between two access states (a snapshot and a snapshot, or a snapshot and now):
// structural changes from the fact sets, effective changes for the pairs they can reach, then
// the filters. Reads inside the caller's transaction so "now" is one moment; writes nothing.
import type { Diff, DiffFilters, DiffSide } from '../../../shared/contract/audit';
import type { Repos } from '../../db/repos/index';
import { hashFacts } from '../snapshots/hash';
import { memorySlot } from '../snapshots/memory';
import type { KnownFacts, RebuiltSnapshot } from '../snapshots/rebuild';
import { rebuildFacts, rebuildPair } from '../snapshots/rebuild';
import type { FactMap } from '../state/facts';
import { factsToState } from '../state/facts';
import { readLiveFacts } from '../state/liveFacts';
import type { StateRef } from '../state/loadAccessState';
import { effectiveChanges } from './effective';
import { applyFilters, resolveFilters } from './filters';
import type { StateIndex } from './stateIndex';
import { indexState } from './stateIndex';
import { changedKeys, structuralChanges } from './structural';

interface Side {
  facts: FactMap;
  info: DiffSide;
  /** Already built for these facts, when a previous diff on this connection had this side. */
  index?: StateIndex;
}

/**
 * Both sides of the last snapshot-to-snapshot diff on this connection. Stepping through
 * neighbours (2→3, then 3→4) or re-filtering one diff then folds and indexes only what is new.
 */
interface BuiltSide extends KnownFacts {
  index: StateIndex;
}
const lastSides = memorySlot<BuiltSide[]>('diff sides');

/** Keys that may differ between the sides, when the loader knows them (else every key is compared). */
type Candidates = ReadonlySet<string> | undefined;

function nowSide(repos: Repos): Side {
  const facts = readLiveFacts(repos.snapshots);
  return { facts, info: { kind: 'now', id: null, hash: hashFacts(facts), takenAt: null, source: null, label: null } };
}

function snapshotSide({ facts, hash, takenAt, record }: RebuiltSnapshot, known: readonly BuiltSide[] = []): Side {
  const index = known.find((k) => k.facts === facts)?.index;
  return { facts, info: { kind: 'snapshot', id: record.id, hash, takenAt, source: record.source, label: record.label }, ...(index ? { index } : {}) };
}

function loadSides(repos: Repos, from: StateRef, to: StateRef): [Side, Side, Candidates] {
  if (from !== 'now' && to !== 'now') {
    const known = lastSides.get(repos.snapshots) ?? [];
    const { sides, touched } = rebuildPair(repos.snapshots, from, to, known);
    return [snapshotSide(sides[0], known), snapshotSide(sides[1], known), touched];
  }
  const side = (ref: StateRef) => (ref === 'now' ? nowSide(repos) : snapshotSide(rebuildFacts(repos.snapshots, ref)));
  return [side(from), side(to), undefined];
}

export function diffSnapshots(repos: Repos, from: StateRef, to: StateRef, filters: DiffFilters = {}): Diff {
  const [before, after, candidates] = loadSides(repos, from, to);
  before.index ??= indexState(factsToState(before.facts));
  after.index ??= before.facts === after.facts ? before.index : indexState(factsToState(after.facts));
  if (from !== 'now' && to !== 'now') {
    const built = (s: Side): BuiltSide => ({ id: s.info.id ?? 0, hash: s.info.hash, facts: s.facts, index: s.index as StateIndex });
    lastSides.set(repos.snapshots, [built(before), built(after)]);
  }
  return diffFactSets(before, after, filters, candidates);
}

export function diffFactSets(before: Side, after: Side, filters: DiffFilters, candidates?: Candidates): Diff {
  const ixB = before.index ?? indexState(factsToState(before.facts));
  const ixA = after.index ?? indexState(factsToState(after.facts));
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
