// "Export CSV" for a view header: asks the services for the CSV of what the view shows and
// saves it. A failure is shown next to the button, never only as a toast.
import type { ReactElement } from 'react';
import type { DownloadDocument } from '../../ui/download';
import { Button } from '../../ui/Button';
import { useDownload } from './useDownload';

export function ExportCsvButton({ fetch, title, label = 'Export CSV' }: { fetch: () => Promise<DownloadDocument>; title: string; label?: string }): ReactElement {
  const download = useDownload();
  return (
    <span className="export-csv">
      {download.error ? (
        <span className="bad small" role="alert">
          Export failed: {download.error.message}
        </span>
      ) : null}
      <Button size="sm" title={title} disabled={download.busy} onClick={() => void download.save(fetch)}>
        {download.busy ? 'Exporting…' : label}
      </Button>
    </span>
  );
}
