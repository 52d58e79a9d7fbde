// JSON and boolean column helpers shared by the repos; SQLite stores booleans as 0/1 and
// open-ended platform fields as JSON text.
export function toJson(value: unknown): string {
  return JSON.stringify(value ?? {});
}

export function parseObject(text: string | null): Record<string, unknown> {
  if (!text) return {};
  const parsed: unknown = JSON.parse(text);
  return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
}

export function bit(value: boolean): 0 | 1 {
  return value ? 1 : 0;
}
