// Placeholder registered by the lead so views can be built in parallel; replaced by the view's owner.
import type { ReactElement } from 'react';

export function OrgChartView(): ReactElement {
  return (
    <section className="view" aria-label="Org chart">
      <p className="muted">Org chart is being built.</p>
    </section>
  );
}
