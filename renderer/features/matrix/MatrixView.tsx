// Placeholder registered by the lead so views can be built in parallel; replaced by the view's owner.
import type { ReactElement } from 'react';

export function MatrixView(): ReactElement {
  return (
    <section className="view" aria-label="Membership matrix">
      <p className="muted">Membership matrix is being built.</p>
    </section>
  );
}
