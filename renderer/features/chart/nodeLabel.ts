// The accessible name of each chart node: what a screen reader says and what Playwright finds
// a node by ("Org Lab (org-lab)", "Ada Adams (user-a), ADMIN in org-lab, …").
import type { ChartNodeData } from './chartModel';
import { GROUP_LABELS } from './chartModel';
import { moreLabel } from './MoreNode';
import { orgCountsText } from './chartText';
import { plural } from '../../../shared/text/plural';

export function nodeLabel(d: ChartNodeData): string {
  switch (d.kind) {
    case 'root':
      return `Workspace: ${plural(d.orgs, 'org')}, ${plural(d.people, 'person', 'people')}`;
    case 'org':
      return `Org ${d.org.name} (${d.org.id}): ${orgCountsText(d.org)}${d.org.pending ? ', pending' : ''}`;
    case 'group':
      return `${GROUP_LABELS[d.group]} of ${d.org}: ${d.count.toLocaleString('en-US')}`;
    case 'person': {
      const p = d.item;
      const flags = [p.allowBillableActivities ? 'billable' : 'not billable', p.appAccess ? 'app access' : 'no app access', `project access ${p.projectAccess}`];
      return `${p.name} (${p.user}), ${p.level} in ${d.org}, ${flags.join(', ')}${p.orgCount > 1 ? `, in ${p.orgCount} orgs` : ''}${p.pending ? ', pending' : ''}`;
    }
    case 'project':
      return `Project ${d.item.name} shared with ${d.org} at ${d.item.level}${d.item.pending ? ', pending' : ''}`;
    case 'app':
      return `App ${d.item.name} authorized for ${d.org}${d.item.published ? '' : ', unpublished'}${d.item.pending ? ', pending' : ''}`;
    case 'more':
      return moreLabel(d);
    case 'loading':
      return 'Loading';
  }
}
