// Holds back a fast-changing value (typed text, toggled flags) until it has been still for a
// moment, so previews re-query once per pause rather than per keystroke. No calls from here.
import { useEffect, useState } from 'react';

export function useDebounced<T>(value: T, delayMs: number, same: (a: T, b: T) => boolean = Object.is): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (same(settled, value)) return undefined;
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, settled, delayMs, same]);
  return same(settled, value) ? value : settled;
}
