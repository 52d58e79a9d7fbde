// Placeholder registered by the lead so views can be built in parallel; replaced by the view's owner.
import type { ReactElement } from 'react';

export function HeatmapView(): ReactElement {
  return (
    <section className="view" aria-label="Access heatmap">
      <p className="muted">Access heatmap is being built.</p>
    </section>
  );
}
