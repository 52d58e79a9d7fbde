// Shared by the edit log tests: the rows as stored, and hand tampering with raw SQL the way an
// attacker with sqlite3 would (no OrgDesk code involved).
import type { OrgDeskApp } from '../../../../main/app';

export interface RawLogRow {
  seq: number;
  kind: string;
  outbox_id: number | null;
  op: string;
  target: string;
  summary: string;
  actor: string;
  before: string | null;
  after: string | null;
  detail: string | null;
}

export const logRows = (app: OrgDeskApp): RawLogRow[] =>
  app.db.prepare<[], RawLogRow>('SELECT seq, kind, outbox_id, op, target, summary, actor, "before", "after", detail FROM edit_log ORDER BY seq').all();

export const outcomeOps = (app: OrgDeskApp, outboxId: number): string[] =>
  logRows(app).filter((r) => r.kind === 'outcome' && r.outbox_id === outboxId).map((r) => r.op);
