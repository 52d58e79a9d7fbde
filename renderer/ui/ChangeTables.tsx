// Compact before/after tables for previews: project levels (from -> to), app runnability and
// per-user access. Native <table> so each preview is a readable table for assistive tech.
import type { ReactElement, ReactNode } from 'react';
import type { Level } from '../../shared/domain/index';
import { Icon } from './Icon';
import { LevelBadge } from './LevelBadge';

export function LevelChangeTable({
  caption,
  rows,
  nameHeader = 'Project',
}: {
  caption: ReactNode;
  rows: ReadonlyArray<{ key: string; name: ReactNode; from: Level; to: Level }>;
  nameHeader?: string;
}): ReactElement {
  return (
    <table className="mini">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{nameHeader}</th>
          <th scope="col">From</th>
          <th scope="col" aria-label="becomes" />
          <th scope="col">To</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row">{r.name}</th>
            <td>
              <LevelBadge level={r.from} />
            </td>
            <td className="arrow" aria-hidden="true">
              <Icon name="arrow" />
            </td>
            <td>
              <LevelBadge level={r.to} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function AppChangeTable({ caption, rows }: { caption: ReactNode; rows: ReadonlyArray<{ key: string; name: ReactNode; from: boolean; to: boolean }> }): ReactElement {
  const word = (v: boolean): string => (v ? 'can run' : 'cannot run');
  return (
    <table className="mini">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">App</th>
          <th scope="col">From</th>
          <th scope="col" aria-label="becomes" />
          <th scope="col">To</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row">{r.name}</th>
            <td>{word(r.from)}</td>
            <td className="arrow" aria-hidden="true">
              <Icon name="arrow" />
            </td>
            <td className={r.to ? '' : 'loss'}>{word(r.to)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
