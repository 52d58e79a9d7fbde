// One wording for counts across the app, the CLI and error messages ("1 row", "2 rows",
// "1,204 users"): a "row(s)" in a message reads as a form letter.
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

/** The verb form that agrees with a count: verb(1, 'has', 'have') is "has". */
export function verb(n: number, one: string, many: string): string {
  return n === 1 ? one : many;
}
