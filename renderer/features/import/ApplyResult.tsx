// After apply: what was written, how many edits wait for sync, the undo file (download and
// where it was saved) and the way back to step 1. Everything here is already committed.
import type { ReactElement } from 'react';
import { useNav } from '../../api/clientContext';
import { Button } from '../../ui/Button';
import { downloadDocument } from '../../ui/download';
import { Icon } from '../../ui/Icon';
import { plural } from '../../../shared/text/plural';
import { SummaryChips } from './SummaryChips';
import type { ApplyResult as Result } from './useImportWizard';

export function ApplyResult({ result, fileName, onAnother }: { result: Result; fileName: string; onAnother(): void }): ReactElement {
  const openChanges = useNav((s) => s.openChanges);
  return (
    <section className="import-result" aria-labelledby="import-result-title">
      <h2 id="import-result-title">
        <Icon name="check" /> Imported {fileName}
      </h2>
      <SummaryChips summary={result.summary} label="Import result" />
      <p>
        <strong>{plural(result.queued, 'edit')} queued for sync.</strong>{' '}
        <span className="muted">They show as pending until the next sync sends them to the platform.</span>
      </p>
      <div className="import-undo">
        <p>
          Undo file: <code className="mono">{result.undoPath}</code>
        </p>
        <p className="muted small">Importing it restores the members as they were before this import.</p>
      </div>
      <div className="toolbar import-result-actions">
        <Button variant="primary" onClick={() => downloadDocument(result.undo)}>
          Download undo file
        </Button>
        <Button onClick={() => openChanges('pending')}>Review in Changes</Button>
        <Button onClick={onAnother}>Import another file</Button>
      </div>
    </section>
  );
}
