// Fetches one document from the services (export, template, errors.csv) and saves it as a
// download; keeps the busy flag and the error so the button that asked can show them.
import { useCallback } from 'react';
import type { Action } from '../../state/useAction';
import { useAction } from '../../state/useAction';
import type { DownloadDocument } from '../../ui/download';
import { downloadDocument } from '../../ui/download';

export interface Download extends Pick<Action, 'busy' | 'error' | 'clear'> {
  save(fetch: () => Promise<DownloadDocument>): Promise<void>;
}

export function useDownload(): Download {
  const action = useAction();
  const { run } = action;
  const save = useCallback(
    async (fetch: () => Promise<DownloadDocument>): Promise<void> => {
      const doc = await run(fetch);
      if (doc) downloadDocument(doc);
    },
    [run],
  );
  return { busy: action.busy, error: action.error, clear: action.clear, save };
}
