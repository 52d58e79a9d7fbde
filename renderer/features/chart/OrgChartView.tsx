// Org chart: every org with its Admins, Members, shared Projects and authorized Apps as a
// zoomable tree. Data arrives in pieces (skeleton first, group pages on expand), large orgs
// start collapsed, and only what is on screen is drawn. Edits reuse the Members dialogs.
import './chart.css';
import type { ReactElement } from 'react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useStore } from 'zustand';
import type { ChartMatch } from '../../../shared/contract/index';
import { useNav } from '../../api/clientContext';
import { Button } from '../../ui/Button';
import { ErrorNote } from '../../ui/ErrorNote';
import { LevelLegend } from '../../ui/LevelBadge';
import { ViewHeader } from '../../ui/ViewHeader';
import { downloadDocument } from '../../ui/download';
import { usePerfMarks } from '../../ui/usePerfMarks';
import { useOutboxMarks } from '../changes/useOutboxMarks';
import type { ChartCanvasHandle } from './ChartCanvas';
import { ChartCanvas } from './ChartCanvas';
import type { LaidOutNode } from './chartLayout';
import { layoutChart } from './chartLayout';
import type { Expansion } from './chartModel';
import { buildChartTree } from './chartModel';
import { svgToPng } from './chartExport';
import { chartStore } from './chartStore';
import { ChartSearch } from './ChartSearch';
import { OrgPanel } from './OrgPanel';
import { PersonPanel } from './PersonPanel';
import { useChartData } from './useChartData';

function fileStamp(): string {
  return new Date().toISOString().slice(0, 16).replace(/[-:T]/g, '');
}

export function OrgChartView(): ReactElement {
  const s = useStore(chartStore);
  const expansion: Expansion = useMemo(() => ({ orgs: s.orgs, groups: s.groups, pages: s.pages }), [s.orgs, s.groups, s.pages]);
  const data = useChartData(expansion);
  const marks = useOutboxMarks();
  const dialogOpen = useNav((n) => n.dialog !== null || n.paletteOpen);
  const canvas = useRef<ChartCanvasHandle>(null);
  const search = useRef<HTMLInputElement>(null);
  const [scale, setScale] = useState(1);
  const [exportError, setExportError] = useState<string | null>(null);
  usePerfMarks('chart', Boolean(data.skeleton));

  const layout = useMemo(() => (data.skeleton ? layoutChart(buildChartTree(data.skeleton, expansion, data.pages)) : null), [data.skeleton, expansion, data.pages]);

  // Ctrl/Cmd+F finds a person while the chart is the current view (the browser's find would
  // miss everything not drawn). Ctrl/Cmd+K stays the palette's.
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.key.toLowerCase() !== 'f' || dialogOpen) return;
      e.preventDefault();
      search.current?.focus();
      search.current?.select();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [dialogOpen]);

  // After a search expanded and paged the person's orgs, centre once every occurrence is laid out.
  useEffect(() => {
    const want = s.centreOn;
    if (!want || !layout) return;
    const found = layout.occurrences.get(want.user) ?? [];
    const stillLoading = layout.nodes.some((n) => n.data.kind === 'loading');
    if (found.length < want.expected && stillLoading) return;
    // The orgs come into view with the person, so the occurrence reads in context.
    canvas.current?.reveal([...found.map((n) => n.data.id), ...found.map((n) => `org:${n.data.kind === 'person' ? n.data.org : ''}`)]);
    chartStore.getState().centred();
  }, [layout, s.centreOn]);

  const onActivate = useCallback((node: LaidOutNode) => {
    const st = chartStore.getState();
    const d = node.data;
    switch (d.kind) {
      case 'org':
        st.setOrgExpanded(d.org.id, !d.expanded);
        st.select({ kind: 'org', org: d.org.id });
        return;
      case 'group':
        if (d.count > 0) st.setGroupExpanded(d.org, d.group, !d.expanded);
        return;
      case 'person':
        st.select({ kind: 'person', user: d.item.user });
        return;
      case 'more':
        st.showMore(d.org, d.group);
        return;
      default:
        return;
    }
  }, []);

  const onToggle = useCallback((node: LaidOutNode, expand: boolean) => {
    const d = node.data;
    if (d.kind === 'org') chartStore.getState().setOrgExpanded(d.org.id, expand);
    if (d.kind === 'group') chartStore.getState().setGroupExpanded(d.org, d.group, expand);
  }, []);

  const onPick = useCallback((m: ChartMatch) => chartStore.getState().reveal(m), []);
  const showOrg = useCallback((org: string) => {
    chartStore.getState().setOrgExpanded(org, true);
    chartStore.getState().setFocus(`org:${org}`);
    canvas.current?.reveal([`org:${org}`]);
  }, []);

  const exportSvg = (): void => {
    try {
      const svg = canvas.current?.exportSvg();
      if (svg) downloadDocument({ name: `org-chart-${fileStamp()}.svg`, content: svg }, 'image/svg+xml;charset=utf-8');
      setExportError(null);
    } catch (err) {
      setExportError(err instanceof Error ? err.message : String(err));
    }
  };
  const exportPng = async (): Promise<void> => {
    try {
      const svg = canvas.current?.exportSvg();
      if (!svg) return;
      const png = await svgToPng(svg, 2);
      downloadDocument({ name: `org-chart-${fileStamp()}.png`, content: png }, 'image/png');
      setExportError(null);
    } catch (err) {
      setExportError(err instanceof Error ? err.message : String(err));
    }
  };

  const skeleton = data.skeleton;
  const selectedOrg = s.selection?.kind === 'org' ? skeleton?.orgs.find((o) => o.id === (s.selection?.kind === 'org' ? s.selection.org : '')) : undefined;
  const selectedId = s.selection?.kind === 'org' ? `org:${s.selection.org}` : s.selection?.kind === 'person' ? `user:${s.selection.user}` : null;
  const orgIds = skeleton?.orgs.map((o) => o.id) ?? [];

  const actions = (
    <>
      <Button size="sm" onClick={exportSvg} disabled={!layout} title="Save the chart as it is expanded now, as SVG">
        Export SVG
      </Button>
      <Button size="sm" onClick={() => void exportPng()} disabled={!layout} title="Save the chart as it is expanded now, as PNG at 2x">
        Export PNG
      </Button>
    </>
  );

  return (
    <section className="view chart-view" aria-labelledby="chart-title" data-testid="org-chart">
      <ViewHeader id="chart-title" title="Org chart" count={skeleton?.orgs.length} actions={actions}>
        <ChartSearch inputRef={search} onPick={onPick} onClear={() => chartStore.getState().clearHighlight()} />
      </ViewHeader>
      <div className="toolbar chart-toolbar">
        <Button size="sm" variant="ghost" onClick={() => s.setAllOrgs(orgIds, true)} disabled={!skeleton}>
          Expand all
        </Button>
        <Button size="sm" variant="ghost" onClick={() => s.setAllOrgs(orgIds, false)} disabled={!skeleton}>
          Collapse all
        </Button>
        {skeleton ? (
          <span className="muted small">
            {skeleton.people.toLocaleString('en-US')} people · {skeleton.multiOrgPeople.toLocaleString('en-US')} in several orgs (hover one to see the others)
          </span>
        ) : null}
        <span className="toolbar-spacer" />
        <div className="chart-zoom" role="group" aria-label="Zoom">
          <Button size="sm" variant="ghost" aria-label="Zoom out" title="Zoom out (−)" onClick={() => canvas.current?.zoomBy(0.8)}>
            −
          </Button>
          <span className="chart-zoom-value" aria-live="polite">
            {Math.round(scale * 100)}%
          </span>
          <Button size="sm" variant="ghost" aria-label="Zoom in" title="Zoom in (+)" onClick={() => canvas.current?.zoomBy(1.25)}>
            +
          </Button>
          <Button size="sm" onClick={() => canvas.current?.fit()} title="Fit the whole chart on screen (0)">
            Fit to screen
          </Button>
        </div>
      </div>
      <ErrorNote error={data.error} prefix="The chart could not be loaded." />
      {exportError ? <p className="note note-error">Export failed: {exportError}</p> : null}
      <div className="chart-body">
        {layout && skeleton && skeleton.orgs.length > 0 ? (
          <ChartCanvas
            ref={canvas}
            layout={layout}
            hoverUser={s.hoverUser}
            highlightUser={s.highlightUser}
            selectedId={selectedId}
            focusId={s.focusId}
            marks={marks}
            onHover={s.setHover}
            onActivate={onActivate}
            onToggle={onToggle}
            onFocusNode={s.setFocus}
            onEscape={() => s.select(null)}
            onScale={setScale}
          />
        ) : (
          <div className="chart-surface chart-empty">
            <p className="muted">{data.loading || !skeleton ? 'Loading the chart…' : 'No orgs in this workspace: create one in Orgs, or connect to a platform.'}</p>
          </div>
        )}
        {layout ? (
          <div className="chart-legend" aria-label="Legend">
            <span className="muted small">Project access</span>
            <LevelLegend />
            <span className="muted small chart-hint">Scroll to zoom · drag to pan · arrows move · Enter opens</span>
          </div>
        ) : null}
        {s.selection?.kind === 'person' ? (
          <PersonPanel user={s.selection.user} marks={marks} onClose={() => s.select(null)} onShowOrg={showOrg} />
        ) : selectedOrg ? (
          <OrgPanel org={selectedOrg} onClose={() => s.select(null)} />
        ) : null}
      </div>
    </section>
  );
}
