// The Import wizard's state, kept at module level so it outlives the view: an admin who leaves
// the preview to check the Members view comes back to the same file, mapping edits, plan, filter
// and apply result. Only "Start over" (reset) clears it. Holds data only; useImportWizard talks
// to main.
import { create } from 'zustand';
import type { ImportOptions, ImportPlan, MethodOutput } from '../../../shared/contract/index';
import type { RpcError } from '../../../shared/rpc/index';

export type ApplyResult = MethodOutput<'imports.apply'>;

export interface PickedFile {
  name: string;
  bytes: number;
  base64: string;
}

export const INITIAL_OPTIONS: ImportOptions = { onExisting: 'update' };

export interface ImportWizardData {
  file: PickedFile | null;
  options: ImportOptions;
  plan: ImportPlan | null;
  planning: boolean;
  /** A failure to read or plan the file (the file step shows it). */
  readError: RpcError | null;
  applying: boolean;
  applyError: RpcError | null;
  result: ApplyResult | null;
  errorsOnly: boolean;
  /**
   * Bumped by every plan request and by reset: a plan answer carrying an older number is
   * dropped, so a slow plan never overwrites a newer one or a "Start over".
   */
  seq: number;
}

export interface ImportWizardStore extends ImportWizardData {
  patch(p: Partial<ImportWizardData>): void;
  reset(): void;
}

const INITIAL: ImportWizardData = {
  file: null,
  options: INITIAL_OPTIONS,
  plan: null,
  planning: false,
  readError: null,
  applying: false,
  applyError: null,
  result: null,
  errorsOnly: false,
  seq: 0,
};

export const useImportWizardStore = create<ImportWizardStore>()((set) => ({
  ...INITIAL,
  patch: (p) => set(p),
  reset: () => set((s) => ({ ...INITIAL, seq: s.seq + 1 })),
}));
