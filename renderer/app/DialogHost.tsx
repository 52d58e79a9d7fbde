// Renders the one open dialog named in the nav store, so views, rows and the command palette
// all open dialogs the same way. Each dialog fetches what it needs by id.
import type { ReactElement } from 'react';
import { useNav } from '../api/clientContext';
import { CreateOrgDialog } from '../features/orgs/CreateOrgDialog';
import { AddMemberDialog } from '../features/members/AddMemberDialog';
import { EditMemberDialog } from '../features/members/EditMemberDialog';
import { RemoveMemberDialog } from '../features/members/RemoveMemberDialog';
import { NewProjectDialog } from '../features/projects/NewProjectDialog';
import { ShareDialog } from '../features/projects/ShareDialog';
import { RevokeDialog } from '../features/projects/RevokeDialog';
import { ContainsPhiDialog } from '../features/projects/ContainsPhiDialog';
import { ConnectDialog } from '../features/sync/ConnectDialog';
import { ConflictDialog } from '../features/changes/ConflictDialog';
import { DiscardDialog } from '../features/changes/DiscardDialog';

export function DialogHost(): ReactElement | null {
  const dialog = useNav((s) => s.dialog);
  const close = useNav((s) => s.closeDialog);
  if (!dialog) return null;
  switch (dialog.kind) {
    case 'createOrg':
      return <CreateOrgDialog onClose={close} />;
    case 'newProject':
      return <NewProjectDialog onClose={close} />;
    case 'addMember':
      return <AddMemberDialog org={dialog.org} initialUser={dialog.user} onClose={close} />;
    case 'editMember':
      return <EditMemberDialog key={`${dialog.org}:${dialog.user}`} org={dialog.org} user={dialog.user} onClose={close} />;
    case 'removeMember':
      return <RemoveMemberDialog org={dialog.org} user={dialog.user} onClose={close} />;
    case 'share':
      return <ShareDialog project={dialog.project} principal={dialog.principal} onClose={close} />;
    case 'revoke':
      return <RevokeDialog project={dialog.project} principal={dialog.principal} onClose={close} />;
    case 'containsPHI':
      return <ContainsPhiDialog project={dialog.project} onClose={close} />;
    case 'connect':
      return <ConnectDialog onClose={close} />;
    case 'conflict':
      return <ConflictDialog key={dialog.id} id={dialog.id} onClose={close} />;
    case 'discard':
      return <DiscardDialog key={dialog.id} id={dialog.id} onClose={close} />;
  }
}
