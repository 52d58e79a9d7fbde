// Which targets must wait in this push: an edit behind a conflict or a failure on the same
// target waits for the user's decision, and everything under a create that has not gone
// through (members of a new org, grants of a new project) waits for the create.
import type { OutboxEntry } from '../../../../shared/contract/index';
import { isCreate, parentTarget } from '../targets';

export interface Held {
  blocks(entry: Pick<OutboxEntry, 'target'>): boolean;
  hold(entry: Pick<OutboxEntry, 'target' | 'op'>): void;
}

export function createHeld(): Held {
  const targets = new Set<string>();
  const creates = new Set<string>();
  return {
    blocks(entry) {
      if (targets.has(entry.target) || creates.has(entry.target)) return true;
      const parent = parentTarget(entry.target);
      return parent !== null && creates.has(parent);
    },
    hold(entry) {
      targets.add(entry.target);
      if (isCreate(entry.op)) creates.add(entry.target);
    },
  };
}
