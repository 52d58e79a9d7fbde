// Workspace key/value settings (acting user, platform URL). Statements only.
import type { Db } from '../connection';

export const SETTING_KEYS = ['acting_user', 'platform_url'] as const;
export type SettingKey = (typeof SETTING_KEYS)[number];

export function createSettingsRepo(db: Db) {
  const get = db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?');
  const set = db.prepare<[string, string]>(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );
  const remove = db.prepare<[string]>('DELETE FROM settings WHERE key = ?');
  return {
    get: (key: SettingKey): string | null => get.get(key)?.value ?? null,
    set: (key: SettingKey, value: string | null): void => {
      if (value === null) remove.run(key);
      else set.run(key, value);
    },
  };
}
export type SettingsRepo = ReturnType<typeof createSettingsRepo>;
