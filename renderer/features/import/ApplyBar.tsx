// Step 3's controls under the preview: the apply button says what it will do; with errors it is
// disabled with the reason, and a partial apply is offered when allowed. Shows progress while
// the single apply transaction runs.
import type { ReactElement } from 'react';
import type { ImportPlan } from '../../../shared/contract/index';
import type { RpcError } from '../../../shared/rpc/index';
import { Button } from '../../ui/Button';
import { DisabledNote } from '../../ui/DisabledNote';
import { ErrorNote } from '../../ui/ErrorNote';
import { applyLabel, changeCount, partialApplyLabel } from './importText';
import { plural } from '../../../shared/text/plural';

export function ApplyBar({ plan, busy, planning, error, onApply }: { plan: ImportPlan; busy: boolean; planning: boolean; error: RpcError | null; onApply(partial: boolean): void }): ReactElement {
  const n = changeCount(plan.summary);
  const nothing = n === 0 ? 'The file plans no changes: every row matches the workspace already.' : null;
  const fullReason = plan.canApply.allowed ? nothing : (plan.canApply.reason ?? 'Rows with errors block the apply.');
  const offerPartial = !plan.canApply.allowed && plan.canApplyPartial.allowed && plan.summary.error > 0;
  const waitReason = planning ? 'Updating the preview…' : null;
  return (
    <div className="import-apply">
      {busy ? (
        <div className="import-progress" role="status">
          <progress aria-label="Applying the import" />
          <span>Applying {plural(n, 'change')} in one transaction…</span>
        </div>
      ) : (
        <>
          <DisabledNote reason={fullReason} />
          {!plan.canApply.allowed && !offerPartial && plan.canApplyPartial.reason ? <DisabledNote reason={plan.canApplyPartial.reason} /> : null}
          <div className="import-apply-buttons">
            {offerPartial ? (
              <Button variant="primary" disabledReason={waitReason ?? (n === 0 ? nothing : null)} onClick={() => onApply(true)}>
                {partialApplyLabel(plan.summary)}
              </Button>
            ) : null}
            <Button variant={offerPartial ? 'default' : 'primary'} disabledReason={waitReason ?? fullReason} onClick={() => onApply(false)}>
              {applyLabel(plan.summary)}
            </Button>
          </div>
        </>
      )}
      <ErrorNote error={error} prefix="The import was not applied." />
    </div>
  );
}
