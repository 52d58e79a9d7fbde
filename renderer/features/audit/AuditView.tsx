// Placeholder registered by the lead so views can be built in parallel; replaced by the view's owner.
import type { ReactElement } from 'react';

export function AuditView(): ReactElement {
  return (
    <section className="view" aria-label="Audit">
      <p className="muted">Audit is being built.</p>
    </section>
  );
}
