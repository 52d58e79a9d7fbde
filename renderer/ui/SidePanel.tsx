// The panel that opens beside a grid (an explanation, a what-if): a titled aside with a close
// button in its head. The title labels the aside, so screen readers announce what it is about.
import type { ReactElement, ReactNode } from 'react';
import { useId } from 'react';
import { Icon } from './Icon';

export function SidePanel({ title, closeLabel, onClose, className, children }: { title: ReactNode; closeLabel: string; onClose(): void; className?: string; children?: ReactNode }): ReactElement {
  const titleId = `${useId()}-title`;
  return (
    <aside className={className ? `explain ${className}` : 'explain'} aria-labelledby={titleId}>
      <header className="detail-head">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="icon-btn" aria-label={closeLabel} onClick={onClose}>
          <Icon name="close" />
        </button>
      </header>
      {children}
    </aside>
  );
}
