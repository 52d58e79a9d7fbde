// Small object helpers shared by the domain rules.

/** Drops undefined values so a partial patch never overwrites with "nothing". */
export function definedOnly<T extends object>(obj: T): Partial<T> {
  const out: Partial<T> = {};
  for (const [k, v] of Object.entries(obj)) if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  return out;
}
