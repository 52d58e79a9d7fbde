// Words for bulk edits: what the change is ("Set project access to VIEW") and the confirm
// button ("Set project access to VIEW for 2 memberships"). Pure text, built from the preview so
// the button and the list never disagree.
import type { BulkChangeInput } from '../../../shared/contract/index';
import { plural } from '../../../shared/text/plural';

export const BULK_FIELDS = ['projectAccess', 'allowBillableActivities', 'appAccess', 'level', 'remove'] as const;
export type BulkField = (typeof BULK_FIELDS)[number];

export const BULK_FIELD_LABELS: Record<BulkField, string> = {
  projectAccess: 'Project access',
  allowBillableActivities: 'Billable activities',
  appAccess: 'App access',
  level: 'Org level',
  remove: 'Remove from org',
};

export function describeChange(change: BulkChangeInput): string {
  if (change.kind === 'remove') return 'Remove';
  if (change.level !== undefined) return `Set org level to ${change.level}`;
  if (change.projectAccess !== undefined) return `Set project access to ${change.projectAccess}`;
  if (change.allowBillableActivities !== undefined) return `Turn billable activities ${change.allowBillableActivities ? 'on' : 'off'}`;
  if (change.appAccess !== undefined) return `Turn app access ${change.appAccess ? 'on' : 'off'}`;
  return 'Change';
}

export function bulkConfirmLabel(change: BulkChangeInput, edits: number): string {
  const what = plural(edits, 'membership');
  return change.kind === 'remove' ? `Remove ${what}` : `${describeChange(change)} for ${what}`;
}
