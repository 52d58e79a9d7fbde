// Step 2: the plan for the chosen file — detected format and mapping, summary chips, the row
// table with an "Errors only" filter, errors.csv, the access impact and the apply controls.
import type { ReactElement } from 'react';
import type { ImportPlan } from '../../../shared/contract/index';
import { useClient } from '../../api/clientContext';
import { Button } from '../../ui/Button';
import { useDownload } from '../export/useDownload';
import { ApplyBar } from './ApplyBar';
import { FileFacts } from './FileFacts';
import { ImpactPanel } from './ImpactPanel';
import { PlanRowsGrid } from './PlanRowsGrid';
import { SummaryChips } from './SummaryChips';
import type { ImportWizard } from './useImportWizard';

export function PlanPreview({ plan, wizard }: { plan: ImportPlan; wizard: ImportWizard }): ReactElement {
  const client = useClient();
  const errorsCsv = useDownload();
  const { errorsOnly, setErrorsOnly } = wizard;
  const hasErrors = plan.summary.error > 0;
  return (
    <div className="import-preview" aria-busy={wizard.planning}>
      <FileFacts plan={plan} options={wizard.options} onChange={wizard.replan} disabled={wizard.planning || wizard.applying} />
      <div className="toolbar import-summary">
        <SummaryChips summary={plan.summary} label="Plan summary" />
        <span className="toolbar-spacer" />
        <label className="check" title={hasErrors ? undefined : 'No row has an error'}>
          <input type="checkbox" checked={errorsOnly} onChange={(e) => setErrorsOnly(e.target.checked)} />
          Errors only
        </label>
        <Button size="sm" disabledReason={hasErrors ? null : 'No row has an error'} disabled={errorsCsv.busy} onClick={() => void errorsCsv.save(() => client.call('imports.errorsCsv', { planId: plan.planId }))}>
          Download errors.csv
        </Button>
      </div>
      {errorsCsv.error ? (
        <p className="bad small pad" role="alert">
          errors.csv failed: {errorsCsv.error.message}
        </p>
      ) : null}
      <PlanRowsGrid key={plan.planId} plan={plan} errorsOnly={errorsOnly} />
      <ImpactPanel impact={plan.impact} />
      <ApplyBar plan={plan} busy={wizard.applying} planning={wizard.planning} error={wizard.applyError} onApply={(partial) => void wizard.apply(partial)} />
    </div>
  );
}
