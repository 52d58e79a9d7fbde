// Membership matrix: every user down, every org across, each cell the level and the three
// flags; filters, sort, keyboard editing (Enter edits, Delete removes, with the Members
// dialogs) and bulk edits of a selection with an impact preview. Export writes what is shown.
import type { ReactElement } from 'react';
import { useClient } from '../../api/clientContext';
import { ViewHeader } from '../../ui/ViewHeader';
import { ExportCsvButton } from '../export/ExportCsvButton';
import { MatrixWorkspace } from './MatrixWorkspace';
import { useMatrixStore } from './useMatrixStore';

export function MatrixView(): ReactElement {
  const client = useClient();
  return (
    <section className="view" aria-labelledby="matrix-title">
      <ViewHeader
        id="matrix-title"
        title="Matrix"
        actions={
          <ExportCsvButton
            title="The users, org columns and order shown, as CSV (opens in Excel)"
            fetch={() => client.call('exports.matrix', useMatrixStore.getState().query)}
          />
        }
      />
      <MatrixWorkspace />
    </section>
  );
}
