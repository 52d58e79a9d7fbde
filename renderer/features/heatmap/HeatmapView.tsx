// Access heatmap: users (or orgs) down, projects across, each cell the effective level with
// how it comes; Enter or a click explains it; "What if" shows which cells a pending or a
// hypothetical change would change; Export CSV saves what is on screen. The grid is served in
// windows by heatmap.window, so a 20k x 5k workspace never travels whole.
import type { ReactElement } from 'react';
import { useCallback, useEffect } from 'react';
import { useClient, useNav } from '../../api/clientContext';
import { ExportCsvButton } from '../export/ExportCsvButton';
import { ExplanationPanel } from '../access/ExplanationPanel';
import { Button } from '../../ui/Button';
import { LevelLegend } from '../../ui/LevelBadge';
import { usePerfMarks } from '../../ui/usePerfMarks';
import { ViewHeader } from '../../ui/ViewHeader';
import { HeatmapGrid } from './HeatmapGrid';
import { OrgCellPanel } from './OrgCellPanel';
import { RouteLegend } from './RouteLegend';
import type { ActiveCell } from './useHeatmapStore';
import { toContractQuery, useHeatmapStore } from './useHeatmapStore';
import { useHeatmapWindows } from './useHeatmapWindows';
import { WhatIfPanel } from './WhatIfPanel';
import { HeatmapToolbar } from './HeatmapToolbar';
import './heatmap.css';

export function HeatmapView(): ReactElement {
  const client = useClient();
  const query = useHeatmapStore((s) => s.query);
  const active = useHeatmapStore((s) => s.active);
  const open = useHeatmapStore((s) => s.open);
  const whatIfOpen = useHeatmapStore((s) => s.whatIfOpen);
  const { setActive, setOpen, setWhatIfOpen, reset } = useHeatmapStore.getState();
  const navExplain = useNav((s) => s.explain);
  const setExplain = useNav((s) => s.setExplain);
  const contractQuery = toContractQuery(query);
  const cache = useHeatmapWindows(contractQuery);
  const totals = cache.totals;
  const rows = totals?.rows ?? 0;
  const cols = totals?.cols ?? 0;
  usePerfMarks('heatmap', totals !== null && (rows === 0 || cols === 0 || cache.cell(0, 0) !== undefined));

  const openCell = useCallback(
    (cell: ActiveCell) => {
      const row = cache.row(cell.row);
      const col = cache.col(cell.col);
      if (!row || !col) return;
      if (query.pivot === 'users') {
        setOpen({ kind: 'user', user: row.id, project: col.id });
        setExplain({ user: row.id, project: col.id });
      } else setOpen({ kind: 'org', org: row.id, project: col.id });
    },
    [cache, query.pivot, setOpen, setExplain],
  );
  const close = useCallback(() => {
    setOpen(null);
    setWhatIfOpen(false);
  }, [setOpen, setWhatIfOpen]);

  // The Access view's panel closes through the nav store; follow it.
  useEffect(() => {
    if (open?.kind === 'user' && (navExplain?.user !== open.user || navExplain.project !== open.project)) setOpen(null);
  }, [navExplain, open, setOpen]);

  const activeRow = cache.row(active.row);
  const activeCol = cache.col(active.col);
  const noun = query.pivot === 'users' ? 'users' : 'orgs';
  const count = totals ? `${fmt(totals.rows)}${totals.rows !== totals.allRows ? ` of ${fmt(totals.allRows)}` : ''} ${noun} × ${fmt(totals.cols)}${totals.cols !== totals.allCols ? ` of ${fmt(totals.allCols)}` : ''} projects` : '';

  let side: ReactElement | null = null;
  if (whatIfOpen) {
    side = (
      <WhatIfPanel
        context={query.pivot === 'users' ? { user: activeRow?.id, project: activeCol?.name } : { org: activeRow?.id, project: activeCol?.name }}
        onClose={() => setWhatIfOpen(false)}
      />
    );
  } else if (open?.kind === 'user' && navExplain) {
    side = <ExplanationPanel key={`${open.user}:${open.project}`} user={open.user} project={open.project} />;
  } else if (open?.kind === 'org') {
    side = <OrgCellPanel key={`${open.org}:${open.project}`} org={open.org} project={open.project} onClose={() => setOpen(null)} />;
  }

  return (
    <section className="view hm-view" aria-labelledby="heatmap-title" data-testid="heatmap-grid">
      <ViewHeader
        id="heatmap-title"
        title="Access heatmap"
        actions={
          <>
            <Button size="sm" variant={query.whatIf ? 'primary' : 'default'} aria-pressed={whatIfOpen} onClick={() => setWhatIfOpen(!whatIfOpen)} title="Compare the workspace with and without a change">
              What if…
            </Button>
            <ExportCsvButton
              title={`The ${noun} × projects on screen (filters and sort applied) as CSV, with how each access comes`}
              fetch={() => client.call('heatmap.exportCsv', contractQuery)}
            />
          </>
        }
      >
        <span className="muted small" aria-live="polite">
          {count}
          {query.whatIf && totals ? ` · ${fmt(totals.changed)} cell${totals.changed === 1 ? '' : 's'} would change` : ''}
        </span>
      </ViewHeader>
      <HeatmapToolbar />
      <div className="hm-legends">
        <LevelLegend />
        <RouteLegend pivot={query.pivot} />
        {query.whatIf ? <span className="hm-legend-change">What if: outlined cells change (before→after)</span> : null}
      </div>
      <div className="split">
        <div className="split-list split-wide hm-main">
          {cache.error ? (
            <div className="note note-error" role="alert">
              The heatmap could not be loaded: {cache.error}
            </div>
          ) : null}
          {!totals && !cache.error ? <p className="muted pad">Working out everyone's access…</p> : null}
          {totals && totals.allRows === 0 ? (
            <p className="muted pad">{query.pivot === 'users' ? 'No users yet: open the demo workspace or connect to a platform.' : 'No orgs yet: create one in Orgs, or open the demo workspace.'}</p>
          ) : null}
          {totals && totals.allRows > 0 && (rows === 0 || cols === 0) ? (
            <div className="pad">
              <p className="muted">Nothing matches these filters.</p>
              <Button size="sm" onClick={reset}>
                Clear filters
              </Button>
            </div>
          ) : null}
          {totals && rows > 0 && cols > 0 ? (
            <HeatmapGrid cache={cache} rows={rows} cols={cols} pivot={query.pivot} active={active} onActive={setActive} onOpen={openCell} onClose={close} />
          ) : null}
        </div>
        {side ? <div className="split-detail hm-side">{side}</div> : null}
      </div>
    </section>
  );
}

function fmt(n: number): string {
  return n.toLocaleString('en-US');
}
