// What a level lets a member do once the project's policy overrides apply (scenarios.md
// "What a level lets a member do"), and the UI labels of the three overrides.
import type { ProjectSettings } from './entities';
import type { Level } from './levels';
import { atLeast } from './levels';

export interface Capabilities {
  view: boolean;
  copy: boolean;
  download: boolean;
  upload: boolean;
  modify: boolean;
  runApps: boolean;
  delete: boolean;
  administer: boolean;
}

export const CAPABILITY_LABELS: Record<keyof Capabilities, string> = {
  view: 'View data and metadata',
  copy: 'Copy data to another project',
  download: 'Download data',
  upload: 'Upload / create',
  modify: 'Modify any data',
  runApps: 'Run apps in the project',
  delete: 'Delete data',
  administer: 'Manage members and settings',
};

export function capabilities(level: Level, settings: Pick<ProjectSettings, 'restricted' | 'protected' | 'downloadRestricted'>): Capabilities {
  const view = atLeast(level, 'VIEW');
  const contribute = atLeast(level, 'CONTRIBUTE');
  const administer = atLeast(level, 'ADMINISTER');
  return {
    view,
    copy: view && !settings.restricted,
    download: view && !settings.downloadRestricted,
    upload: atLeast(level, 'UPLOAD'),
    modify: contribute,
    runApps: contribute,
    delete: settings.protected ? administer : contribute,
    administer,
  };
}

/** The settings-tab overrides, labelled as scenarios.md labels them; default choice first. */
export const POLICY_OVERRIDES = [
  { key: 'restricted', label: 'Copy access', choices: ['All members', 'No one'] },
  { key: 'protected', label: 'Delete access', choices: ['Contributors & Admins', 'Admins only'] },
  { key: 'downloadRestricted', label: 'Download access', choices: ['All members', 'No one'] },
] as const satisfies ReadonlyArray<{ key: keyof ProjectSettings; label: string; choices: readonly [string, string] }>;

export function overrideChoice(key: (typeof POLICY_OVERRIDES)[number]['key'], value: boolean): string {
  const entry = POLICY_OVERRIDES.find((o) => o.key === key);
  if (!entry) throw new Error(`unknown override ${key}`);
  return value ? entry.choices[1] : entry.choices[0];
}
