// Members: pick an org and see its members (add, edit, remove with previews), or switch to
// "All orgs" for the membership matrix of every user across every org (the Matrix view's own
// grid, filters and bulk edits, sharing its state).
import type { ReactElement } from 'react';
import { useClient, useNav, useQuery } from '../../api/clientContext';
import { ExportCsvButton } from '../export/ExportCsvButton';
import { Picker } from '../../ui/Picker';
import { Tabs } from '../../ui/Tabs';
import { ViewHeader } from '../../ui/ViewHeader';
import { MembersTable } from './MembersTable';
import { MatrixWorkspace } from '../matrix/MatrixWorkspace';
import { useMatrixStore } from '../matrix/useMatrixStore';

export function MembersView(): ReactElement {
  const orgs = useQuery('orgs.list', {}).data?.orgs;
  const navOrg = useNav((s) => s.org);
  const tab = useNav((s) => s.membersTab);
  const setTab = useNav((s) => s.setMembersTab);
  const openOrg = useNav((s) => s.openOrg);
  const org = orgs ? (orgs.find((o) => o.id === navOrg)?.id ?? orgs[0]?.id ?? null) : navOrg;
  const orgName = orgs?.find((o) => o.id === org)?.name;
  const client = useClient();
  const exportOrg = tab === 'members' && org ? org : undefined;
  const exportButton =
    tab === 'matrix' ? (
      <ExportCsvButton title="The users, org columns and order shown, as CSV (opens in Excel)" fetch={() => client.call('exports.matrix', useMatrixStore.getState().query)} />
    ) : (
      <ExportCsvButton
        title={exportOrg ? `Members of ${exportOrg} as CSV (opens in Excel)` : 'Members of every org as CSV (opens in Excel)'}
        fetch={() => client.call('exports.members', exportOrg ? { org: exportOrg } : {})}
      />
    );

  return (
    <section className="view" aria-labelledby="members-title">
      <ViewHeader id="members-title" title="Members" actions={exportButton}>
        {tab === 'members' ? (
          <Picker label="Org" value={org ?? ''} onChange={(v) => openOrg(v, 'members')} disabled={!orgs} options={(orgs ?? []).map((o) => ({ value: o.id, label: `${o.name} (${o.id})` }))} />
        ) : null}
      </ViewHeader>
      <Tabs
        label="Members views"
        selected={tab}
        onSelect={setTab}
        tabs={[
          { id: 'members', label: orgName ? `Members of ${orgName}` : 'Members' },
          { id: 'matrix', label: 'All orgs' },
        ]}
      >
        {tab === 'members' ? org ? <MembersTable org={org} /> : <p className="muted pad">No orgs in this workspace.</p> : <MatrixWorkspace />}
      </Tabs>
    </section>
  );
}
