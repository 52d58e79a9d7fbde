// Audit: snapshots on a timeline, the two-sided diff between any two states, the
// hash-chained edit log, access reports and the access review. Everything here reads the
// workspace file alone, so an auditor handed the file needs no connection.
import type { ReactElement } from 'react';
import { Tabs } from '../../ui/Tabs';
import { ViewHeader } from '../../ui/ViewHeader';
import { AUDIT_TABS, AUDIT_TAB_LABELS, useAudit } from './auditStore';
import { DiffTab } from './DiffTab';
import { LogTab } from './LogTab';
import { ReportsTab } from './ReportsTab';
import { ReviewTab } from './ReviewTab';
import { TimelineTab } from './TimelineTab';
import './audit.css';

function CurrentTab(): ReactElement {
  const tab = useAudit((s) => s.tab);
  switch (tab) {
    case 'timeline':
      return <TimelineTab />;
    case 'diff':
      return <DiffTab />;
    case 'log':
      return <LogTab />;
    case 'reports':
      return <ReportsTab />;
    case 'review':
      return <ReviewTab />;
  }
}

export function AuditView(): ReactElement {
  const tab = useAudit((s) => s.tab);
  const setTab = useAudit((s) => s.setTab);
  return (
    <section className="view audit" aria-labelledby="audit-title">
      <ViewHeader id="audit-title" title="Audit" />
      <Tabs label="Audit" selected={tab} onSelect={setTab} tabs={AUDIT_TABS.map((id) => ({ id, label: AUDIT_TAB_LABELS[id] }))}>
        <CurrentTab />
      </Tabs>
    </section>
  );
}
