// The user's decisions on edits the push could not make: keep mine (rebase on the platform's
// value and send again), take theirs (show the platform's value, drop the edit), retry a
// failed edit, discard an edit (and revert the workspace to the last known remote value).
// Each is one transaction, with its outcome appended to the edit log; events follow the commit.
import type { LogOutcomeKind, OutboxEntry, OutboxOp } from '../../../shared/contract/index';
import type { OutcomeDetail } from '../../db/repos/editLog';
import { AppError } from '../../../shared/rpc/index';
import type { EngineContext } from './context';
import { applyShape, shapeFromRemote } from './localApply';
import type { BASES } from './payloads';
import { BadEntryError, baseOf } from './payloads';
import { areasOf, isCreate, parseTarget } from './targets';

function kindOf(op: OutboxOp): keyof typeof BASES {
  if (op.startsWith('member.')) return 'member';
  if (op === 'project.share' || op === 'project.unshare') return 'grant';
  if (op.startsWith('app.')) return 'app';
  if (op.startsWith('project.')) return 'project';
  return 'org';
}

/** `running`: a sync is under way (here or in another process), so 'sending' means in flight. */
export function createDecisions(ctx: EngineContext, running: () => boolean) {
  const { outbox, editLog } = ctx.repos;

  /** Who decided: the workspace's acting user (decisions need no connection), else the edit's author. */
  const decider = (entry: OutboxEntry): string => ctx.repos.settings.get('acting_user') ?? (ctx.actingUser || entry.actingUser);
  const logOutcome = (entry: OutboxEntry, outcome: LogOutcomeKind, detail: OutcomeDetail | null = null): void => {
    editLog.appendOutcome(entry, outcome, decider(entry), ctx.now(), detail);
  };

  const load = (id: number): OutboxEntry => {
    const entry = outbox.get(id);
    if (!entry) throw new AppError('NotFound', `id: no outbox entry ${id}`, { field: 'id' });
    return entry;
  };

  const expect = (entry: OutboxEntry, states: ReadonlyArray<OutboxEntry['state']>, doing: string): void => {
    if (states.includes(entry.state)) return;
    const why = entry.state === 'sending' ? 'it is being sent right now; try again when the sync has finished' : `it is ${entry.state}`;
    throw new AppError('InvalidState', `Cannot ${doing} outbox entry ${entry.id}: ${why}`, { field: 'id' });
  };

  /** A later active edit of the same thing is what the rows show; only the latest edit's value may be replaced. */
  const isLatest = (entry: OutboxEntry): boolean => outbox.activeOn(entry.target).every((e) => e.id <= entry.id);

  const decide = (entry: OutboxEntry, write: () => void): OutboxEntry => {
    try {
      ctx.tx(write);
    } catch (err) {
      if (err instanceof BadEntryError) throw new AppError('InvalidState', err.message, { field: 'id' });
      throw err;
    }
    ctx.notifier.touch(areasOf(entry.op));
    ctx.notifier.flush();
    return load(entry.id);
  };

  /** Undoes `entry` in the rows: the value before it if older edits remain, else the platform's. */
  const revert = (entry: OutboxEntry): void => {
    if (isCreate(entry.op)) {
      applyShape(ctx, entry, null);
      const t = parseTarget(entry.target);
      const prefix = t?.kind === 'org' ? `member:${t.owner}:` : `grant:${t?.owner ?? ''}:`;
      for (const child of outbox.activeUnder(entry.target, prefix)) {
        if (child.id === entry.id) continue;
        const message = `Discarded with entry ${entry.id}, which created what it edits`;
        if (outbox.setState(child.id, 'discarded', message)) logOutcome(child, 'discarded', { message });
      }
      return;
    }
    const others = outbox.activeOn(entry.target).filter((e) => e.id !== entry.id);
    if (others.some((e) => e.id > entry.id)) return;
    if (others.length > 0) {
      applyShape(ctx, entry, entry.base);
      return;
    }
    const remote = ctx.remoteValues.get(entry.target);
    applyShape(ctx, entry, remote === undefined ? entry.base : shapeFromRemote(entry, remote));
  };

  return {
    resolve(id: number, choice: 'keepMine' | 'takeTheirs'): OutboxEntry {
      const entry = load(id);
      expect(entry, ['conflict'], choice === 'keepMine' ? 'keep your version of' : "take the platform's version for");
      return decide(entry, () => {
        if (choice === 'keepMine') {
          // Validated first: a base the engine could not read would only conflict again.
          const base = baseOf(entry, kindOf(entry.op), entry.theirs);
          if (outbox.rebase(id, base)) logOutcome(entry, 'resolved-keep-mine', { base });
          return;
        }
        if (isLatest(entry)) applyShape(ctx, entry, entry.theirs);
        if (outbox.setState(id, 'discarded', null)) logOutcome(entry, 'resolved-take-theirs', entry.theirs === null ? null : { theirs: entry.theirs });
      });
    },

    retry(id: number): OutboxEntry {
      const entry = load(id);
      expect(entry, ['failed'], 'retry');
      return decide(entry, () => {
        if (outbox.setState(id, 'pending', null)) logOutcome(entry, 'retried');
      });
    },

    discard(id: number): OutboxEntry {
      const entry = load(id);
      // 'sending' with no sync running is an attempt a crash interrupted: as discardable as pending.
      expect(entry, running() ? ['pending', 'failed', 'conflict'] : ['pending', 'sending', 'failed', 'conflict'], 'discard');
      return decide(entry, () => {
        revert(entry);
        if (outbox.setState(id, 'discarded', entry.error)) logOutcome(entry, 'discarded', entry.error === null ? null : { message: entry.error });
      });
    },
  };
}
