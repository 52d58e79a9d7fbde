// The CLI's token: $ORGDESK_TOKEN from the command's environment, read only by the commands
// that talk to the platform. Never printed, never stored (the env store refuses set()).
import { envTokenStore } from '../../sync/tokens/index';
import type { CliContext } from '../context';

export function useEnvToken(ctx: CliContext): void {
  ctx.app().useTokenStore(envTokenStore(ctx.io.env));
}
