// Ctrl/Cmd+K: one input over every command, arrow keys to move, Enter to run, Escape to close.
// ARIA combobox + listbox, so screen readers announce the highlighted command.
import type { KeyboardEvent, ReactElement } from 'react';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useNav } from '../api/clientContext';
import { Dialog } from '../ui/Dialog';
import { rankCommands } from './commandSearch';
import { useCommands } from './useCommands';

export function CommandPalette(): ReactElement | null {
  const open = useNav((s) => s.paletteOpen);
  if (!open) return null;
  return <PaletteBody />;
}

function PaletteBody(): ReactElement {
  const initial = useNav((s) => s.paletteQuery);
  const close = useNav((s) => s.closePalette);
  const [query, setQuery] = useState(initial);
  const [index, setIndex] = useState(0);
  const commands = useCommands(true);
  const results = useMemo(() => rankCommands(commands, query).slice(0, 60), [commands, query]);
  const listId = useId();
  const listRef = useRef<HTMLUListElement>(null);
  const at = Math.min(index, Math.max(0, results.length - 1));
  const current = results[at];

  useEffect(() => {
    listRef.current?.querySelector(`[data-index="${at}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [at]);

  const run = (i: number): void => {
    const cmd = results[i];
    if (!cmd || cmd.disabledReason) return;
    close();
    cmd.run();
  };

  const onKey = (e: KeyboardEvent<HTMLInputElement>): void => {
    if (e.key === 'ArrowDown') setIndex((at + 1) % Math.max(1, results.length));
    else if (e.key === 'ArrowUp') setIndex((at - 1 + results.length) % Math.max(1, results.length));
    else if (e.key === 'Enter') run(at);
    else return;
    e.preventDefault();
  };

  return (
    <Dialog title="Command palette" label="Command palette" onClose={close} size="md" bare>
      <div className="palette">
        <input
          className="palette-input"
          role="combobox"
          aria-label="Search commands, orgs, projects and users"
          aria-expanded="true"
          aria-controls={listId}
          aria-activedescendant={current ? `${listId}-${at}` : undefined}
          aria-autocomplete="list"
          placeholder="Type a command, org, project or user…"
          value={query}
          data-autofocus
          onChange={(e) => {
            setQuery(e.target.value);
            setIndex(0);
          }}
          onKeyDown={onKey}
        />
        <ul className="palette-list" role="listbox" id={listId} ref={listRef} aria-label="Commands">
          {results.length === 0 ? <li className="palette-empty">No command or item matches “{query}”.</li> : null}
          {results.map((c, i) => (
            <li
              key={c.id}
              id={`${listId}-${i}`}
              data-index={i}
              role="option"
              aria-selected={i === at}
              aria-disabled={c.disabledReason ? true : undefined}
              title={c.disabledReason}
              className={`palette-item${i === at ? ' is-active' : ''}`}
              onMouseMove={() => setIndex(i)}
              onClick={() => run(i)}
            >
              <span className="palette-group">{c.group}</span>
              <span className="palette-title">{c.title}</span>
              {c.disabledReason ? <span className="palette-reason">{c.disabledReason}</span> : c.hint ? <span className="palette-hint">{c.hint}</span> : null}
            </li>
          ))}
        </ul>
      </div>
    </Dialog>
  );
}
