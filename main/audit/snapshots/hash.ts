// The content hash of an access state: sha256 over the fact list sorted by key, one
// "key<TAB>value<LF>" line per fact. Sorting makes it independent of how the state was built.
import { createHash } from 'node:crypto';
import type { AccessState } from '../../../shared/domain/accessState';
import type { FactMap } from '../state/facts';
import { stateToFacts } from '../state/facts';

export function hashFacts(facts: FactMap): string {
  // One joined string and one update: ~100k small update() calls cost more than the hashing.
  const lines = [...facts.keys()].sort().map((key) => `${key}\t${facts.get(key) ?? ''}\n`);
  return createHash('sha256').update(lines.join('')).digest('hex');
}

/** The hash a snapshot of `state` would have: what a report of "now" prints. */
export function hashState(state: AccessState): string {
  return hashFacts(stateToFacts(state));
}
