// The orgs pivot's explanation of a cell: the org's grant on the project and what the org
// route gives each group of its members (ADMINs get the grant; MEMBERs the lower of the grant
// and their projectAccess). Reads heatmap.orgCell; decides nothing itself.
import type { ReactElement } from 'react';
import { useQuery } from '../../api/clientContext';
import { Badge } from '../../ui/Badge';
import { ErrorNote } from '../../ui/ErrorNote';
import { Icon } from '../../ui/Icon';
import { LevelBadge } from '../../ui/LevelBadge';
import { SidePanel } from '../../ui/SidePanel';

export function OrgCellPanel({ org, project, onClose }: { org: string; project: string; onClose(): void }): ReactElement {
  const { data, error, loading } = useQuery('heatmap.orgCell', { org, project });
  return (
    <SidePanel title={`What ${org} gives on ${data?.projectName ?? project}`} closeLabel="Close explanation" onClose={onClose}>
      <ErrorNote error={error} prefix="The explanation failed." />
      {!data && loading ? <p className="muted pad">Working it out…</p> : null}
      {data ? (
        <>
          <p className="small explain-why">
            {data.granted === 'NONE' ? (
              <>
                {data.orgName} has no grant on {data.projectName}: its {data.members} members get nothing through it.
              </>
            ) : (
              <>
                {data.projectName} is shared with {data.orgName} at <LevelBadge level={data.granted} />. Each of its {data.members} members gets the lower of that grant and their cap (ADMINISTER for ADMINs,
                else projectAccess).
              </>
            )}
          </p>
          <table className="mini routes">
            <caption>Members by role and cap</caption>
            <thead>
              <tr>
                <th scope="col">Members</th>
                <th scope="col">Cap</th>
                <th scope="col">Get</th>
              </tr>
            </thead>
            <tbody>
              {data.groups.map((g) => (
                <tr key={`${g.role}-${g.cap}`}>
                  <th scope="row">
                    <span className="route-cell">
                      <Icon name="org" />
                      <span>
                        {g.count} {g.role === 'ADMIN' ? 'ADMIN' : 'MEMBER'}
                        {g.count === 1 ? '' : 's'}
                        <span className="muted small hm-members"> {g.users.join(', ')}{g.count > g.users.length ? ` and ${g.count - g.users.length} more` : ''}</span>
                      </span>
                    </span>
                  </th>
                  <td>
                    <span className="cap-cell">
                      <LevelBadge level={g.cap} />
                      {g.capped ? <span className="capped">limits</span> : null}
                    </span>
                  </td>
                  <td>
                    <LevelBadge level={g.gives} />
                    {g.capped ? (
                      <Badge tone="pending" title="The cap, not the org's grant, decides this group's level">
                        capped
                      </Badge>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </SidePanel>
  );
}
