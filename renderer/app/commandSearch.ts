// Ranking for the command palette: every word typed must appear in the command's title or
// keywords; titles that start with the query, or whose words start with it, rank first.
// Pure so the ranking is tested without a DOM.
export interface Searchable {
  title: string;
  keywords?: string;
  group: string;
}

function score(item: Searchable, words: string[], whole: string): number {
  const title = item.title.toLowerCase();
  const hay = `${title} ${(item.keywords ?? '').toLowerCase()} ${item.group.toLowerCase()}`;
  let total = 0;
  for (const w of words) {
    const at = hay.indexOf(w);
    if (at === -1) return -1;
    const wordStart = at === 0 || /[\s(·:/-]/.test(hay[at - 1] ?? ' ');
    total += wordStart ? 3 : 1;
    if (at < title.length) total += 1;
  }
  if (title.startsWith(whole)) total += 10;
  return total;
}

export function rankCommands<T extends Searchable>(items: readonly T[], query: string): T[] {
  const whole = query.trim().toLowerCase();
  if (!whole) return [...items];
  const words = whole.split(/\s+/);
  return items
    .map((item, index) => ({ item, index, s: score(item, words, whole) }))
    .filter((x) => x.s >= 0)
    .sort((a, b) => b.s - a.s || a.index - b.index)
    .map((x) => x.item);
}
