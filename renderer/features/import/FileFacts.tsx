// What the reader detected in the file (encoding, BOM, delimiter, header -> field mapping,
// file warnings) and the "existing members" choice. Every control re-plans: the user sees the
// new preview before anything is written.
import type { ReactElement } from 'react';
import { useId } from 'react';
import type { ImportField, ImportOptions, ImportPlan } from '../../../shared/contract/index';
import { IMPORT_FIELDS, ImportDelimiterSchema, ImportEncodingSchema } from '../../../shared/contract/index';
import { Icon } from '../../ui/Icon';
import { DELIMITER_LABELS, ENCODING_LABELS, formatBytes, problemText } from './importText';
import { plural } from '../../../shared/text/plural';

const ON_EXISTING: ReadonlyArray<{ value: ImportOptions['onExisting']; label: string }> = [
  { value: 'update', label: 'Update them' },
  { value: 'skip', label: 'Skip them' },
  { value: 'fail', label: 'Fail' },
];

export function FileFacts({ plan, options, onChange, disabled }: { plan: ImportPlan; options: ImportOptions; onChange(patch: Partial<ImportOptions>): void; disabled: boolean }): ReactElement {
  const { file } = plan;
  // Show what the user asked for at once, while the re-plan is still on its way.
  const onExisting = options.onExisting;
  const encId = useId();
  const delimId = useId();
  const mapping = (): Record<string, ImportField | null> => Object.fromEntries(file.columns.map((c) => [c.header, c.field]));
  return (
    <section className="import-facts" aria-label="File">
      <div className="facts-row">
        <span className="fact">
          <span className="muted">File</span> <strong>{file.name}</strong> <span className="muted">{formatBytes(file.bytes)}, {plural(file.rowCount, 'row')}</span>
        </span>
        <span className="picker">
          <label htmlFor={encId}>Encoding</label>
          <select id={encId} value={options.encoding ?? file.encoding} disabled={disabled} onChange={(e) => onChange({ encoding: ImportEncodingSchema.parse(e.target.value) })}>
            {ImportEncodingSchema.options.map((v) => (
              <option key={v} value={v}>
                {ENCODING_LABELS[v]}
              </option>
            ))}
          </select>
        </span>
        <span className="fact">
          <span className="muted">BOM</span> {file.bom ? 'yes' : 'no'}
        </span>
        <span className="picker">
          <label htmlFor={delimId}>Delimiter</label>
          <select id={delimId} value={options.delimiter ?? file.delimiter} disabled={disabled} onChange={(e) => onChange({ delimiter: ImportDelimiterSchema.parse(e.target.value) })}>
            {ImportDelimiterSchema.options.map((v) => (
              <option key={v} value={v}>
                {DELIMITER_LABELS[v]}
              </option>
            ))}
          </select>
        </span>
        <fieldset className="on-existing" role="radiogroup" aria-label="Existing members">
          <legend className="muted">Existing members</legend>
          <div className="segmented">
            {ON_EXISTING.map((o) => (
              <label key={o.value} className={`seg${onExisting === o.value ? ' is-on' : ''}`}>
                <input type="radio" name="onExisting" checked={onExisting === o.value} disabled={disabled} onChange={() => onChange({ onExisting: o.value })} />
                {o.label}
              </label>
            ))}
          </div>
        </fieldset>
      </div>
      <details className="import-mapping">
        <summary>
          Column mapping <span className="muted">({file.columns.filter((c) => c.field).length} of {file.columns.length} columns used)</span>
        </summary>
        <table className="mini" aria-label="Column mapping">
          <thead>
            <tr>
              <th scope="col">Column in the file</th>
              <th scope="col">Imports as</th>
            </tr>
          </thead>
          <tbody>
            {file.columns.map((c) => (
              <tr key={c.header}>
                <th scope="row" className="mono">
                  {c.header || '(no header)'}
                </th>
                <td>
                  <select
                    aria-label={`Field for column ${c.header}`}
                    value={c.field ?? ''}
                    disabled={disabled}
                    onChange={(e) => {
                      const field = IMPORT_FIELDS.find((f) => f === e.target.value) ?? null;
                      onChange({ mapping: { ...mapping(), [c.header]: field } });
                    }}
                  >
                    <option value="">ignore</option>
                    {IMPORT_FIELDS.map((f) => (
                      <option key={f} value={f}>
                        {f}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
      {file.warnings.length > 0 ? (
        <div className="note note-warn" role="status">
          <Icon name="alert" />
          <ul className="import-warnings" aria-label="File warnings">
            {file.warnings.map((w, i) => (
              <li key={i}>
                {w.row > 0 ? `Row ${w.row}: ` : ''}
                {problemText(w)}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
