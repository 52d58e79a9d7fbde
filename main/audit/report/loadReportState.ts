// Reads the state a report or review is about ('now' or a snapshot) with its meta: resolved
// scope, source, content hash (the snapshot's recorded hash, or hashState of now, which is what
// a snapshot of that state would record). Read-only; one read transaction so it is one moment.
import type { ReportAt, ReportMeta, ReportScope } from '../../../shared/contract/index';
import type { ServiceContext } from '../../services/context';
import { actingUser } from '../../services/context';
import { hashState } from '../snapshots/hash';
import { loadAccessState } from '../state/loadAccessState';
import { resolveScope } from './buildReport';
import type { StateIndex } from './stateIndex';
import { indexState } from './stateIndex';

export interface LoadedReportState {
  ix: StateIndex;
  meta: ReportMeta;
}

export function loadReportState(ctx: ServiceContext, scope: ReportScope, at: ReportAt, title: string): LoadedReportState {
  return ctx.db.transaction(() => {
    const { state, source } = loadAccessState(ctx.repos, at);
    const ix = indexState(state, source.kind === 'snapshot' ? `at snapshot ${source.id}` : 'in this workspace');
    const meta: ReportMeta = {
      title,
      scope: resolveScope(ix, scope),
      at,
      source,
      hash: source.kind === 'snapshot' ? source.hash : hashState(state),
      generatedAt: ctx.now(),
      generatedBy: actingUser(ctx),
    };
    return { ix, meta };
  })();
}
