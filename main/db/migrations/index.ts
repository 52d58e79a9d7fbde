// The ordered, append-only list of schema migrations. A migration is never edited once
// shipped; a schema change is a new NNNN-kebab.ts file appended here.
import type Database from 'better-sqlite3';
import { migration as m0001 } from './0001-initial';
import { migration as m0002 } from './0002-sync';
import { migration as m0003 } from './0003-edit-log';
import { migration as m0004 } from './0004-snapshots';
import { migration as m0005 } from './0005-hot-table-checks';

export interface Migration {
  version: number;
  name: string;
  up(db: Database.Database): void;
}

export const MIGRATIONS: readonly Migration[] = [m0001, m0002, m0003, m0004, m0005];
