// The Import view: a three-step wizard (choose a file, preview the plan, apply) over
// useImportWizard, whose state outlives the view. Decides which step shows; the steps own
// their own controls.
import type { ReactElement } from 'react';
import { ErrorNote } from '../../ui/ErrorNote';
import { Button } from '../../ui/Button';
import { ViewHeader } from '../../ui/ViewHeader';
import { ApplyResult } from './ApplyResult';
import { FileStep } from './FileStep';
import { PlanPreview } from './PlanPreview';
import { useImportWizard } from './useImportWizard';

const STEPS = ['Choose a file', 'Preview', 'Apply'] as const;

export function ImportView(): ReactElement {
  const wizard = useImportWizard();
  const { plan, result, file } = wizard;
  const step = result ? 2 : plan ? 1 : 0;
  return (
    <section className="view import-view" aria-labelledby="import-title">
      <ViewHeader
        id="import-title"
        title="Import members"
        actions={
          file && !result ? (
            <Button size="sm" onClick={wizard.reset} disabled={wizard.applying} title="Forget this file, its mapping and its preview">
              Start over
            </Button>
          ) : null
        }
      >
        <ol className="steps" aria-label="Import steps">
          {STEPS.map((s, i) => (
            <li key={s} className={i === step ? 'is-current' : i < step ? 'is-done' : undefined} aria-current={i === step ? 'step' : undefined}>
              <span className="step-num">{i + 1}</span> {s}
            </li>
          ))}
        </ol>
      </ViewHeader>
      {result ? (
        <ApplyResult result={result} fileName={file?.name ?? 'the file'} onAnother={wizard.reset} />
      ) : plan ? (
        <>
          {wizard.readError ? <ErrorNote error={wizard.readError} prefix="Could not update the preview." /> : null}
          <PlanPreview plan={plan} wizard={wizard} />
        </>
      ) : (
        <FileStep onFile={(f) => void wizard.pickFile(f)} busy={wizard.planning} readError={wizard.readError} fileName={file?.name ?? null} />
      )}
    </section>
  );
}
