// The workspace.recovery view of a workspace and its backups, shared by the normal router
// (state ok) and recovery mode (state damaged). No I/O beyond listing the backups folder.
import type { BackupView, RecoveryStatus } from '../../shared/contract/index';
import { AppError } from '../../shared/rpc/index';
import { listBackups } from './backup';

export function backupViews(workspacePath: string): BackupView[] {
  return listBackups(workspacePath).map((b) => ({ name: b.name, createdAt: b.createdAt, schemaVersion: b.schemaVersion, sizeBytes: b.sizeBytes }));
}

export function recoveryStatus(workspacePath: string, problem: string | null): RecoveryStatus {
  return { state: problem === null ? 'ok' : 'damaged', path: workspacePath, problem, backups: backupViews(workspacePath) };
}

/** restoreBackup / startFresh replace the workspace file, so they only run while it is closed (recovery mode). */
export function onlyInRecovery(method: string): never {
  throw new AppError(
    'InvalidState',
    `${method} is offered only when the workspace fails its integrity check; this workspace is healthy and open, so nothing was changed`,
  );
}
