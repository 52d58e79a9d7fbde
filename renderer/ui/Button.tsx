// A real <button> that, when the action is not allowed, stays focusable (aria-disabled) so
// keyboard and screen-reader users can still reach it and hear why; the reason is its tooltip.
import type { ButtonHTMLAttributes, MouseEvent, ReactElement } from 'react';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: 'primary' | 'danger' | 'ghost' | 'default';
  size?: 'sm' | 'md';
  /** Set when the action is not allowed: the rule that forbids it. */
  disabledReason?: string | null;
}

export function Button({ variant = 'default', size = 'md', disabledReason, className, onClick, title, type, ...rest }: ButtonProps): ReactElement {
  const blocked = Boolean(disabledReason);
  const handle = (e: MouseEvent<HTMLButtonElement>): void => {
    if (blocked) {
      e.preventDefault();
      return;
    }
    onClick?.(e);
  };
  return (
    <button
      type={type ?? 'button'}
      className={`btn btn-${variant} btn-${size}${className ? ` ${className}` : ''}`}
      aria-disabled={blocked || rest.disabled ? true : undefined}
      title={disabledReason ?? title}
      onClick={handle}
      {...rest}
    />
  );
}
