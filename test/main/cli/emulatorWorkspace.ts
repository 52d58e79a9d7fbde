// The CLI against the emulator: the emulator on loopback (demo seed plus the glue tokens) and a
// temp workspace whose runs carry user-d's token in $ORGDESK_TOKEN, started before the calling
// file's first test and removed after its last.
import { afterAll, beforeAll } from 'vitest';
import type { EmulatorHandle } from '../../../main/emulator/index';
import { SECRET_TOKEN, emulator } from '../sync/glue/glueHarness';
import { tempWorkspace } from './cliHarness';
import type { TempWorkspace } from './cliHarness';

export interface EmulatorWorkspace {
  readonly emu: EmulatorHandle;
  readonly ws: TempWorkspace;
}

export function useEmulatorWorkspace(): EmulatorWorkspace {
  let emu: EmulatorHandle | null = null;
  let ws: TempWorkspace | null = null;
  beforeAll(async () => {
    emu = await emulator();
    ws = tempWorkspace({ env: { ORGDESK_TOKEN: SECRET_TOKEN } });
  });
  afterAll(async () => {
    await emu?.close();
    ws?.remove();
    emu = null;
    ws = null;
  });
  const notStarted = (): never => {
    throw new Error('the emulator workspace is not set up (useEmulatorWorkspace() must be called at file or describe level)');
  };
  return {
    get emu() {
      return emu ?? notStarted();
    },
    get ws() {
      return ws ?? notStarted();
    },
  };
}
