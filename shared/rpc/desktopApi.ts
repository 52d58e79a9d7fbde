// The only object the preload exposes to the renderer (window.orgdesk). Two functions, both
// refusing names outside the contract; never the raw ipcRenderer.
import type { Result } from './result';

export interface DesktopApi {
  call(method: string, input: unknown): Promise<Result<unknown>>;
  on(event: string, listener: (payload: unknown) => void): () => void;
}
