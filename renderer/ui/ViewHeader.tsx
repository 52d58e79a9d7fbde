// The title row of a view: heading, an optional count and the view's main actions on the right.
import type { ReactElement, ReactNode } from 'react';

export function ViewHeader({ id, title, count, children, actions }: { id: string; title: ReactNode; count?: number; children?: ReactNode; actions?: ReactNode }): ReactElement {
  return (
    <header className="view-head">
      <h1 id={id}>
        {title}
        {count !== undefined ? <span className="view-count">{count}</span> : null}
      </h1>
      {children ? <div className="view-tools">{children}</div> : null}
      <div className="view-actions">{actions}</div>
    </header>
  );
}
