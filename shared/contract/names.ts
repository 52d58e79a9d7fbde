// Method and event names alone, with no zod, so the sandboxed preload can allow-list calls
// without bundling the schemas. test/shared/contract/contractNames.test.ts keeps it equal to the contract.
export const METHOD_NAME_LIST = [
  'access.byProject',
  'access.byUser',
  'access.explain',
  'apps.authorize',
  'apps.deauthorize',
  'apps.explain',
  'apps.list',
  'members.invite',
  'members.list',
  'members.matrix',
  'members.previewChange',
  'members.previewRemoval',
  'members.remove',
  'members.update',
  'orgs.create',
  'orgs.list',
  'orgs.update',
  'outbox.discard',
  'outbox.list',
  'outbox.resolve',
  'outbox.retry',
  'outbox.summary',
  'projects.create',
  'projects.get',
  'projects.list',
  'projects.previewShare',
  'projects.share',
  'projects.unshare',
  'projects.updateSettings',
  'sync.connect',
  'sync.disconnect',
  'sync.runNow',
  'sync.status',
  'users.list',
  'workspace.info',
  'workspace.openDemo',
] as const;

export const EVENT_NAME_LIST = ['outbox.changed', 'sync.statusChanged', 'workspace.changed'] as const;

/** IPC channel that carries events from main to the preload. */
export const EVENT_CHANNEL = 'orgdesk:event';
