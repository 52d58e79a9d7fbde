// Step 1 of the Import wizard: drop a CSV or pick one, or download a template to start from.
// Reading and planning happen in useImportWizard; this only hands over the File.
import type { DragEvent, ReactElement } from 'react';
import { useId, useState } from 'react';
import type { RpcError } from '../../../shared/rpc/index';
import { useClient } from '../../api/clientContext';
import { Button } from '../../ui/Button';
import { Icon } from '../../ui/Icon';
import { useDownload } from '../export/useDownload';
import { readFailureText } from './importText';

export function FileStep({ onFile, busy, readError, fileName }: { onFile(file: File): void; busy: boolean; readError: RpcError | null; fileName: string | null }): ReactElement {
  const client = useClient();
  const template = useDownload();
  const inputId = useId();
  const [over, setOver] = useState(false);

  const onDrop = (e: DragEvent<HTMLDivElement>): void => {
    e.preventDefault();
    setOver(false);
    const f = e.dataTransfer.files[0];
    if (f) onFile(f);
  };

  return (
    <div className="import-file">
      <div
        className={`dropzone${over ? ' is-over' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
        aria-busy={busy}
      >
        <p className="dropzone-title">{busy ? `Reading ${fileName ?? 'the file'}…` : 'Drop a CSV file here'}</p>
        <p className="muted small">or</p>
        <label htmlFor={inputId} className="btn btn-primary btn-md">
          Choose a CSV file
        </label>
        <input
          id={inputId}
          className="sr-only"
          type="file"
          accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values"
          onChange={(e) => {
            const f = e.target.files?.[0];
            e.target.value = '';
            if (f) onFile(f);
          }}
        />
        <p className="muted small">
          Columns: <code>org</code>, <code>user</code>, <code>level</code>, <code>allowBillableActivities</code>, <code>appAccess</code>, <code>projectAccess</code>,
          optional <code>action</code>. Blank cells leave values unchanged. Nothing is written until you apply.
        </p>
      </div>
      {readError ? (
        <div className="note note-error" role="alert">
          <Icon name="alert" />
          <div>
            <strong>{readFailureText(readError.message)}</strong>
            <span className="note-code"> ({readError.code})</span>
          </div>
        </div>
      ) : null}
      <div className="toolbar import-templates">
        <span className="muted">Start from a template:</span>
        <Button size="sm" disabled={template.busy} onClick={() => void template.save(() => client.call('imports.template', { prefilled: false }))}>
          Download blank template
        </Button>
        <Button size="sm" disabled={template.busy} onClick={() => void template.save(() => client.call('imports.template', { prefilled: true }))}>
          Download pre-filled template
        </Button>
        {template.error ? (
          <span className="bad small" role="alert">
            Template failed: {template.error.message}
          </span>
        ) : null}
      </div>
    </div>
  );
}
