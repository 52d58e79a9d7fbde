// Which platform calls change something (everything but describe/find/list/whoami reads): the
// kill -9 test counts these to know where in a push it killed the sync.
const READS = /\/(describe|find\w+|whoami|list\w+)$/;

export function isMutation(route: string): boolean {
  return !READS.test(route);
}
