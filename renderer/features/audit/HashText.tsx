// A content hash shown short, with the full value in the tooltip and a copy button, so an
// auditor can check it against `orgdesk snapshots` or a printed report.
import type { ReactElement } from 'react';
import { useState } from 'react';
import { shortHash } from './auditText';

export function HashText({ hash }: { hash: string }): ReactElement {
  const [copied, setCopied] = useState(false);
  const copy = (): void => {
    void navigator.clipboard?.writeText(hash).then(
      () => {
        setCopied(true);
        setTimeout(() => setCopied(false), 1500);
      },
      () => setCopied(false),
    );
  };
  return (
    <span className="hash" title={hash}>
      <code>{shortHash(hash)}</code>
      <button type="button" className="icon-btn hash-copy" aria-label={`Copy hash ${hash}`} onClick={copy}>
        {copied ? 'copied' : 'copy'}
      </button>
    </span>
  );
}
