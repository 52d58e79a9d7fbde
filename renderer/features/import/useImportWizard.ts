// The Import wizard's state: the chosen file's bytes, the options the user overrode, the plan
// the service returned and the apply result. Every option change re-plans against the same
// bytes; a later plan wins over an earlier one still in flight. Holds no import rules.
import { useCallback, useRef, useState } from 'react';
import type { ImportOptions, ImportPlan, MethodOutput } from '../../../shared/contract/index';
import type { RpcError } from '../../../shared/rpc/index';
import { useClient, useMutate } from '../../api/clientContext';
import { toRpcError } from '../../state/rpcErrors';
import { bytesToBase64 } from './importText';

export type ApplyResult = MethodOutput<'imports.apply'>;

interface PickedFile {
  name: string;
  bytes: number;
  base64: string;
}

export interface ImportWizard {
  file: PickedFile | null;
  options: ImportOptions;
  plan: ImportPlan | null;
  planning: boolean;
  /** A failure to read or plan the file (the file step shows it). */
  readError: RpcError | null;
  applying: boolean;
  applyError: RpcError | null;
  result: ApplyResult | null;
  pickFile(file: File): Promise<void>;
  replan(patch: Partial<ImportOptions>): void;
  apply(partial: boolean): Promise<void>;
  reset(): void;
}

const INITIAL_OPTIONS: ImportOptions = { onExisting: 'update' };

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

export function useImportWizard(): ImportWizard {
  const client = useClient();
  const mutate = useMutate();
  const [file, setFile] = useState<PickedFile | null>(null);
  const [options, setOptions] = useState<ImportOptions>(INITIAL_OPTIONS);
  const [plan, setPlan] = useState<ImportPlan | null>(null);
  const [planning, setPlanning] = useState(false);
  const [readError, setReadError] = useState<RpcError | null>(null);
  const [applying, setApplying] = useState(false);
  const [applyError, setApplyError] = useState<RpcError | null>(null);
  const [result, setResult] = useState<ApplyResult | null>(null);
  const seq = useRef(0);

  const runPlan = useCallback(
    async (picked: PickedFile, opts: ImportOptions): Promise<void> => {
      const mine = ++seq.current;
      setPlanning(true);
      setApplyError(null);
      try {
        const next = await client.call('imports.plan', { fileName: picked.name, contentBase64: picked.base64, options: opts, rowLimit: 500 });
        if (mine !== seq.current) return;
        setPlan(next);
        setReadError(null);
      } catch (err) {
        if (mine !== seq.current) return;
        setReadError(toRpcError(err).rpc);
      } finally {
        if (mine === seq.current) setPlanning(false);
      }
    },
    [client],
  );

  const pickFile = useCallback(
    async (f: File): Promise<void> => {
      setResult(null);
      setPlan(null);
      setOptions(INITIAL_OPTIONS);
      try {
        const bytes = await readBytes(f);
        const picked = { name: f.name, bytes: bytes.length, base64: bytesToBase64(bytes) };
        setFile(picked);
        await runPlan(picked, INITIAL_OPTIONS);
      } catch (err) {
        setFile(null);
        setReadError(toRpcError(err).rpc);
      }
    },
    [runPlan],
  );

  const replan = useCallback(
    (patch: Partial<ImportOptions>): void => {
      if (!file) return;
      const next = { ...options, ...patch };
      setOptions(next);
      void runPlan(file, next);
    },
    [file, options, runPlan],
  );

  const apply = useCallback(
    async (partial: boolean): Promise<void> => {
      if (!plan) return;
      setApplying(true);
      setApplyError(null);
      try {
        setResult(await mutate('imports.apply', { planId: plan.planId, partial }));
      } catch (err) {
        setApplyError(toRpcError(err).rpc);
      } finally {
        setApplying(false);
      }
    },
    [mutate, plan],
  );

  const reset = useCallback((): void => {
    seq.current++;
    setFile(null);
    setOptions(INITIAL_OPTIONS);
    setPlan(null);
    setPlanning(false);
    setReadError(null);
    setApplyError(null);
    setResult(null);
  }, []);

  return { file, options, plan, planning, readError, applying, applyError, result, pickFile, replan, apply, reset };
}
