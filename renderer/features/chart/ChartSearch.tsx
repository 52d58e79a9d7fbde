// Find a person in the chart by handle, name or email: a combobox listing matches with the orgs
// they are in; picking one (Enter takes the first) expands those orgs, pages to the person,
// highlights every occurrence and centres on them. Ctrl/Cmd+F focuses it while the chart shows.
import type { KeyboardEvent, ReactElement, Ref } from 'react';
import { useEffect, useId, useState } from 'react';
import type { ChartMatch } from '../../../shared/contract/index';
import { useQuery } from '../../api/clientContext';
import { useDebounced } from '../../state/useDebounced';
import { Icon } from '../../ui/Icon';
import { isMac } from '../../app/shortcuts';

export function ChartSearch({ onPick, onClear, inputRef }: { onPick(match: ChartMatch): void; onClear(): void; inputRef: Ref<HTMLInputElement> }): ReactElement {
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const query = useDebounced(text.trim(), 120);
  const { data, error } = useQuery('chart.findUser', query ? { query, limit: 8 } : null);
  const matches = query && data ? data.matches : [];
  const listId = useId();
  useEffect(() => setActive(0), [query]);

  const pick = (m: ChartMatch | undefined): void => {
    if (!m) return;
    setText(m.user);
    setOpen(false);
    onPick(m);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>): void => {
    if (e.key === 'ArrowDown') {
      setOpen(true);
      setActive((i) => Math.min(matches.length - 1, i + 1));
    } else if (e.key === 'ArrowUp') {
      setActive((i) => Math.max(0, i - 1));
    } else if (e.key === 'Enter') {
      pick(matches[active] ?? matches[0]);
    } else if (e.key === 'Escape') {
      if (open && matches.length) setOpen(false);
      else {
        setText('');
        onClear();
      }
    } else return;
    e.preventDefault();
  };

  const showList = open && query !== '' && (matches.length > 0 || Boolean(data) || Boolean(error));
  return (
    <div className="chart-search">
      <Icon name="search" className="chart-search-icon" />
      <input
        ref={inputRef}
        type="search"
        className="filter"
        role="combobox"
        aria-label="Find a person in the chart"
        aria-expanded={showList}
        aria-controls={listId}
        aria-activedescendant={showList && matches[active] ? `${listId}-${active}` : undefined}
        aria-autocomplete="list"
        placeholder={`Find a person… (${isMac() ? '⌘F' : 'Ctrl+F'})`}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
          if (!e.target.value) onClear();
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      {showList ? (
        <ul className="chart-search-list" role="listbox" id={listId} aria-label="People found">
          {error ? <li className="chart-search-empty">{error.message}</li> : null}
          {!error && matches.length === 0 ? <li className="chart-search-empty">No one in an org matches “{query}”.</li> : null}
          {matches.map((m, i) => (
            <li
              key={m.user}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'is-active' : undefined}
              onMouseDown={(e) => {
                e.preventDefault();
                pick(m);
              }}
            >
              <span className="cell-title">{m.name}</span>
              <span className="cell-id">{m.user}</span>
              <span className="muted small chart-search-orgs">{m.memberships.map((x) => x.org).join(', ')}</span>
            </li>
          ))}
          {data?.more ? <li className="chart-search-empty">More people match: keep typing to narrow.</li> : null}
        </ul>
      ) : null}
    </div>
  );
}
