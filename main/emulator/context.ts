// What every route handler receives: the state, the authenticated caller, the pager, a clock
// and an ID source. Handlers validate everything before they change anything, so a refused
// call leaves the state exactly as it was.
import type { Pager } from './pagination';
import type { Store } from './state';

export interface CallContext {
  store: Store;
  caller: string;
  pager: Pager;
  now(): number;
  /** A fresh 24-char object ID suffix in the platform's alphabet. */
  newObjectSuffix(): string;
  /** /org/new nonces: key -> the first call's body and reply. */
  nonces: Map<string, NonceRecord>;
}

export interface NonceRecord {
  body: string;
  reply: { id: string };
  at: number;
}
