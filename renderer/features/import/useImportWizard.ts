// The Import wizard's actions over importWizardStore: read the picked file, plan it, re-plan on
// every option change against the same bytes, apply. State lives in the store so it survives
// switching views; a later plan wins over an earlier one still in flight. Holds no import rules.
import { useCallback } from 'react';
import type { ImportOptions } from '../../../shared/contract/index';
import { useClient, useMutate } from '../../api/clientContext';
import { toRpcError } from '../../state/rpcErrors';
import { bytesToBase64 } from './importText';
import type { ImportWizardData, PickedFile } from './importWizardStore';
import { INITIAL_OPTIONS, useImportWizardStore } from './importWizardStore';

export type { ApplyResult } from './importWizardStore';

export interface ImportWizard extends Omit<ImportWizardData, 'seq'> {
  pickFile(file: File): Promise<void>;
  replan(patch: Partial<ImportOptions>): void;
  apply(partial: boolean): Promise<void>;
  setErrorsOnly(on: boolean): void;
  /** "Start over": forgets the file, plan and result. */
  reset(): void;
}

function readBytes(file: File): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const buf = reader.result;
      if (buf instanceof ArrayBuffer) resolve(new Uint8Array(buf));
      else reject(new Error('the browser returned no bytes'));
    };
    reader.onerror = () => reject(reader.error ?? new Error('the browser could not read it'));
    reader.readAsArrayBuffer(file);
  });
}

const store = useImportWizardStore;

export function useImportWizard(): ImportWizard {
  const client = useClient();
  const mutate = useMutate();
  const state = useImportWizardStore();

  const runPlan = useCallback(
    async (picked: PickedFile, opts: ImportOptions): Promise<void> => {
      const mine = store.getState().seq + 1;
      store.getState().patch({ seq: mine, planning: true, applyError: null });
      const current = () => store.getState().seq === mine;
      try {
        const next = await client.call('imports.plan', { fileName: picked.name, contentBase64: picked.base64, options: opts, rowLimit: 500 });
        if (current()) store.getState().patch({ plan: next, readError: null });
      } catch (err) {
        if (current()) store.getState().patch({ readError: toRpcError(err).rpc });
      } finally {
        if (current()) store.getState().patch({ planning: false });
      }
    },
    [client],
  );

  const pickFile = useCallback(
    async (f: File): Promise<void> => {
      store.getState().patch({ result: null, plan: null, options: INITIAL_OPTIONS, errorsOnly: false });
      try {
        const bytes = await readBytes(f);
        const picked = { name: f.name, bytes: bytes.length, base64: bytesToBase64(bytes) };
        store.getState().patch({ file: picked });
        await runPlan(picked, INITIAL_OPTIONS);
      } catch (err) {
        store.getState().patch({ file: null, readError: toRpcError(err).rpc });
      }
    },
    [runPlan],
  );

  const replan = useCallback(
    (patch: Partial<ImportOptions>): void => {
      const { file, options } = store.getState();
      if (!file) return;
      const next = { ...options, ...patch };
      store.getState().patch({ options: next });
      void runPlan(file, next);
    },
    [runPlan],
  );

  const apply = useCallback(
    async (partial: boolean): Promise<void> => {
      const { plan } = store.getState();
      if (!plan) return;
      store.getState().patch({ applying: true, applyError: null });
      try {
        const result = await mutate('imports.apply', { planId: plan.planId, partial });
        // A "Start over" during the apply leaves the wizard empty; the apply itself stands.
        if (store.getState().plan === plan) store.getState().patch({ result });
      } catch (err) {
        if (store.getState().plan === plan) store.getState().patch({ applyError: toRpcError(err).rpc });
      } finally {
        store.getState().patch({ applying: false });
      }
    },
    [mutate],
  );

  const setErrorsOnly = useCallback((on: boolean) => store.getState().patch({ errorsOnly: on }), []);
  const reset = useCallback(() => store.getState().reset(), []);

  const { file, options, plan, planning, readError, applying, applyError, result, errorsOnly } = state;
  return { file, options, plan, planning, readError, applying, applyError, result, errorsOnly, pickFile, replan, apply, setErrorsOnly, reset };
}
