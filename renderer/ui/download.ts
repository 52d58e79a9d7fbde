// Saves a document the services produced (CSV exports, templates, errors.csv, undo files) as a
// download, the same way in the browser build and in Electron: a Blob behind an <a download>.
// Writes nothing itself and never touches the file system directly.

export interface DownloadDocument {
  name: string;
  /** Text, or a Blob for binary documents (the chart's PNG). */
  content: string | Blob;
}

export function downloadDocument(doc: DownloadDocument, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([doc.content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = doc.name;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoking at once can cancel the download in some engines; a minute is plenty.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
