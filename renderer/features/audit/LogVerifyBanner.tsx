// The edit log's integrity at a glance: green when every row's hash and link check out, red
// naming the first row that does not (someone edited, removed or inserted a row by hand).
import type { ReactElement } from 'react';
import type { LogVerify } from '../../../shared/contract/index';
import type { RpcError } from '../../../shared/rpc/index';
import { Button } from '../../ui/Button';
import { ErrorNote } from '../../ui/ErrorNote';
import { Icon } from '../../ui/Icon';
import { shortHash } from './auditText';

export function LogVerifyBanner({ result, error, checking, onRecheck }: { result: LogVerify | undefined; error: RpcError | null; checking: boolean; onRecheck(): void }): ReactElement {
  if (error) return <ErrorNote error={error} prefix="The edit log could not be verified." />;
  if (!result) {
    return (
      <div className="note verify-banner" aria-busy="true">
        Verifying the edit log…
      </div>
    );
  }
  if (result.ok) {
    return (
      <div className="note verify-banner verify-ok" role="status">
        <Icon name="check" />
        <div>
          <strong>Chain verified:</strong> {result.checked.toLocaleString()} entries, each hash matches its contents and links to the one before.
          {result.head ? <span className="mono small"> Head {shortHash(result.head)}</span> : null}
        </div>
        <Button size="sm" variant="ghost" disabled={checking} onClick={onRecheck}>
          Verify again
        </Button>
      </div>
    );
  }
  return (
    <div className="note note-error verify-banner verify-bad" role="alert">
      <Icon name="alert" />
      <div>
        <strong>The edit log has been tampered with.</strong> {result.firstBad ? result.firstBad.reason : 'A row does not match the chain.'} Rows after it cannot be trusted; {result.checked.toLocaleString()} rows before it check out.
      </div>
      <Button size="sm" variant="ghost" disabled={checking} onClick={onRecheck}>
        Verify again
      </Button>
    </div>
  );
}
