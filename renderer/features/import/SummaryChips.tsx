// The plan's counts as chips (create, update, unchanged, remove, skip, error); zero counts are
// dimmed, errors are the only red.
import type { ReactElement } from 'react';
import type { ImportSummary } from '../../../shared/contract/index';
import type { BadgeTone } from '../../ui/Badge';
import { SUMMARY_KEYS, SUMMARY_WORDS } from './importText';

const TONES: Record<(typeof SUMMARY_KEYS)[number], BadgeTone> = {
  create: 'ok',
  update: 'strong',
  unchanged: 'neutral',
  remove: 'pending',
  skip: 'neutral',
  error: 'danger',
};

export function SummaryChips({ summary, label }: { summary: ImportSummary; label: string }): ReactElement {
  return (
    <ul className="chips" aria-label={label}>
      {SUMMARY_KEYS.map((k) => (
        <li key={k} className={`chip badge badge-${summary[k] === 0 ? 'muted' : TONES[k]}`}>
          <span className="num">{summary[k].toLocaleString('en-US')}</span> {SUMMARY_WORDS[k]}
        </li>
      ))}
    </ul>
  );
}
