// The one way audit code reads an access state: the live workspace ('now') or a stored
// snapshot by id, with where it came from (and, for a snapshot, its hash and time). Reports,
// reviews and diffs all call this, so they agree on what "the state at snapshot N" is.
import type { Repos } from '../../db/repos/index';
import type { AccessState, AccessStateSource } from '../../../shared/domain/accessState';
import { rebuildFacts } from '../snapshots/rebuild';
import { factsToState } from './facts';
import { readLiveState } from './liveState';

export type StateRef = 'now' | number;

export interface LoadedAccessState {
  state: AccessState;
  source: AccessStateSource;
}

/**
 * 'now' reads the live tables as they are; a snapshot id folds that snapshot's stored changes
 * and checks the result against its recorded hash (AppError NotFound / InvalidState otherwise).
 * Read-only: call it inside a transaction when several reads must see one moment.
 */
export function loadAccessState(repos: Repos, at: StateRef): LoadedAccessState {
  if (at === 'now') return { state: readLiveState(repos), source: { kind: 'now' } };
  const { facts, hash, takenAt } = rebuildFacts(repos.snapshots, at);
  return { state: factsToState(facts), source: { kind: 'snapshot', id: at, hash, takenAt } };
}
