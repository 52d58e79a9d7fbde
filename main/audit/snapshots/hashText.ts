// The text hashFacts hashes ("key<TAB>value<LF>" per fact, keys sorted), kept in sorted blocks
// so that after a small change only the touched blocks are re-serialised and nothing is
// re-sorted. digest() always equals hashFacts() of the same facts (tests check it).
import { createHash } from 'node:crypto';
import type { FactMap } from '../state/facts';

const BLOCK = 1024;

interface Block {
  keys: string[];
  /** The block's hash text, or null when a key in it was added, removed or changed. */
  text: string | null;
}

export class HashText {
  private blocks: Block[] = [];

  /** `facts` is read, never kept: digest() is given the map the text must describe. */
  constructor(facts: FactMap) {
    const keys = [...facts.keys()].sort();
    for (let i = 0; i < keys.length; i += BLOCK) this.blocks.push({ keys: keys.slice(i, i + BLOCK), text: null });
  }

  /** Marks `key` changed, added (present) or removed (!present). */
  touch(key: string, present: boolean): void {
    if (this.blocks.length === 0) this.blocks.push({ keys: [], text: null });
    const bi = this.blockFor(key);
    const block = this.blocks[bi] as Block;
    const i = lowerBound(block.keys, key);
    const found = block.keys[i] === key;
    block.text = null;
    if (present && !found) block.keys.splice(i, 0, key);
    else if (!present && found) block.keys.splice(i, 1);
    if (block.keys.length > 2 * BLOCK) this.blocks.splice(bi, 1, { keys: block.keys.slice(0, BLOCK), text: null }, { keys: block.keys.slice(BLOCK), text: null });
    else if (block.keys.length === 0 && this.blocks.length > 1) this.blocks.splice(bi, 1);
  }

  digest(facts: FactMap): string {
    const hash = createHash('sha256');
    for (const block of this.blocks) {
      block.text ??= block.keys.map((key) => `${key}\t${facts.get(key) ?? ''}\n`).join('');
      hash.update(block.text);
    }
    return hash.digest('hex');
  }

  /** The block whose key range holds `key`: the last one starting at or before it, else the first. */
  private blockFor(key: string): number {
    let lo = 0;
    let hi = this.blocks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      const first = this.blocks[mid]?.keys[0];
      if (first !== undefined && first <= key) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}

function lowerBound(keys: readonly string[], key: string): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((keys[mid] as string) < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
