// How shortcuts are written for this platform ("Ctrl K" or "⌘K"), for hints in the UI.
// Display only: the keys themselves are handled in useGlobalShortcuts.
export function isMac(): boolean {
  return typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
}

export function shortcutLabel(key: string): string {
  return isMac() ? `⌘${key}` : `Ctrl+${key}`;
}
