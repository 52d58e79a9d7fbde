// Modal dialog on the native <dialog> element: the browser traps focus, puts it in the top
// layer and maps Escape to "cancel", which we route to onClose so every dialog closes the same
// way. Content decides its own buttons; this owns only the frame.
import type { FormEvent, ReactElement, ReactNode } from 'react';
import { useEffect, useId, useRef } from 'react';
import { Icon } from './Icon';

export interface DialogProps {
  title: ReactNode;
  /** Accessible name when the title is not plain text. */
  label?: string;
  description?: ReactNode;
  onClose(): void;
  /** When given, the body is a form and Enter submits it. */
  onSubmit?: () => void;
  footer?: ReactNode;
  size?: 'sm' | 'md' | 'lg';
  /** No title bar (the command palette); the title still names the dialog. */
  bare?: boolean;
  children: ReactNode;
}

export function Dialog({ title, label, description, onClose, onSubmit, footer, size = 'md', bare, children }: DialogProps): ReactElement {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descId = useId();
  useEffect(() => {
    const el = ref.current;
    if (el && !el.open) {
      el.showModal();
      // showModal focuses the first focusable element (the close button); React's autoFocus
      // ran before it, so dialogs mark their preferred field with data-autofocus instead.
      const preferred = el.querySelector<HTMLElement>('[data-autofocus]') ?? el.querySelector<HTMLElement>('.dialog-body input, .dialog-body select, .dialog-body textarea');
      preferred?.focus();
    }
    return () => {
      if (el?.open) el.close();
    };
  }, []);
  const submit = (e: FormEvent): void => {
    e.preventDefault();
    onSubmit?.();
  };
  const body = (
    <>
      <header className="dialog-head" hidden={bare}>
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="icon-btn" aria-label="Close dialog" title="Close (Esc)" onClick={onClose}>
          <Icon name="close" />
        </button>
      </header>
      <div className="dialog-body">
        {description ? (
          <p id={descId} className="dialog-desc">
            {description}
          </p>
        ) : null}
        {children}
      </div>
      {footer ? <footer className="dialog-foot">{footer}</footer> : null}
    </>
  );
  return (
    <dialog
      ref={ref}
      className={`dialog dialog-${size}${bare ? ' dialog-bare' : ''}`}
      aria-labelledby={label ? undefined : titleId}
      aria-label={label}
      aria-describedby={description ? descId : undefined}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      {onSubmit ? (
        <form className="dialog-form" onSubmit={submit} noValidate>
          {body}
        </form>
      ) : (
        <div className="dialog-form">{body}</div>
      )}
    </dialog>
  );
}
