// Inline error for a failed call: the service's message, where the user is looking (never
// only a toast). role="alert" so screen readers announce it when it appears.
import type { ReactElement } from 'react';
import type { RpcError } from '../../shared/rpc/index';
import { Icon } from './Icon';

export function ErrorNote({ error, prefix }: { error: RpcError | null | undefined; prefix?: string }): ReactElement | null {
  if (!error) return null;
  return (
    <div className="note note-error" role="alert">
      <Icon name="alert" />
      <div>
        {prefix ? <strong>{prefix} </strong> : null}
        {error.message}
        <span className="note-code"> ({error.code})</span>
      </div>
    </div>
  );
}
