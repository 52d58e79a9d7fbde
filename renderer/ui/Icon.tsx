// Small inline SVG glyphs (no icon font, nothing fetched: the CSP allows only 'self').
// Decorative by default; callers that need a name pass `label`.
import type { ReactElement } from 'react';

export type IconName = 'user' | 'org' | 'public' | 'search' | 'lock' | 'alert' | 'check' | 'close' | 'star' | 'dot' | 'arrow' | 'plus' | 'app';

const PATHS: Record<IconName, ReactElement> = {
  user: (
    <>
      <circle cx="8" cy="5.5" r="2.75" />
      <path d="M2.75 14c.6-2.9 2.7-4.4 5.25-4.4s4.65 1.5 5.25 4.4" />
    </>
  ),
  org: (
    <>
      <rect x="2.5" y="2.5" width="7" height="11" rx="0.5" />
      <path d="M9.5 6.5h4v7h-4M5 5.5h2M5 8h2M5 10.5h2" />
    </>
  ),
  public: (
    <>
      <circle cx="8" cy="8" r="5.5" />
      <path d="M2.5 8h11M8 2.5c1.6 1.6 2.3 3.5 2.3 5.5S9.6 11.9 8 13.5C6.4 11.9 5.7 10 5.7 8S6.4 4.1 8 2.5" />
    </>
  ),
  search: (
    <>
      <circle cx="7" cy="7" r="4.25" />
      <path d="M10.2 10.2 13.5 13.5" />
    </>
  ),
  lock: (
    <>
      <rect x="3.5" y="7" width="9" height="6.5" rx="1" />
      <path d="M5.5 7V5.25a2.5 2.5 0 0 1 5 0V7" />
    </>
  ),
  alert: (
    <>
      <path d="M8 2.25 14 13H2z" />
      <path d="M8 6.5v3M8 11.2v.1" />
    </>
  ),
  check: <path d="m3.5 8.5 3 3 6-7" />,
  close: <path d="m4 4 8 8M12 4l-8 8" />,
  star: <path d="m8 2.5 1.7 3.6 3.8.4-2.9 2.6.9 3.8L8 11l-3.5 1.9.9-3.8-2.9-2.6 3.8-.4z" />,
  dot: <circle cx="8" cy="8" r="3" />,
  arrow: <path d="M3 8h10M9.5 4.5 13 8l-3.5 3.5" />,
  plus: <path d="M8 3.5v9M3.5 8h9" />,
  app: (
    <>
      <rect x="2.5" y="2.5" width="11" height="11" rx="2" />
      <path d="m6 6 2 2-2 2M8.5 10.5h2" />
    </>
  ),
};

export function Icon({ name, label, className }: { name: IconName; label?: string; className?: string }): ReactElement {
  return (
    <svg
      className={`icon${className ? ` ${className}` : ''}`}
      viewBox="0 0 16 16"
      width="14"
      height="14"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.4"
      strokeLinecap="round"
      strokeLinejoin="round"
      role={label ? 'img' : undefined}
      aria-label={label}
      aria-hidden={label ? undefined : true}
      focusable="false"
    >
      {PATHS[name]}
    </svg>
  );
}
