// Project settings changes and their couplings (scenarios.md "Project policy overrides";
// platform-api.md §4.4): containsPHI is one-way and needs a PHI-enabled billTo org;
// downloadRestricted drags previewViewerRestricted on, and cannot clear while it is on.
import type { ProjectSettings } from './entities';
import { definedOnly } from './objects';

export type SettingsPatch = Partial<ProjectSettings>;

export type SettingsOutcome =
  | { ok: true; next: ProjectSettings; changed: Array<keyof ProjectSettings> }
  | { ok: false; field: keyof ProjectSettings; message: string };

export interface SettingsContext {
  /** The billTo org's PHI feature flag; null when billTo is not a known org. */
  billToPhiEnabled: boolean | null;
  billTo: string;
}

export function planSettingsChange(current: ProjectSettings, patch: SettingsPatch, ctx: SettingsContext): SettingsOutcome {
  const next: ProjectSettings = { ...current, ...definedOnly(patch) };

  if (current.containsPHI && !next.containsPHI) {
    return { ok: false, field: 'containsPHI', message: 'containsPHI cannot be switched off once it is on' };
  }
  if (!current.containsPHI && next.containsPHI && ctx.billToPhiEnabled !== true) {
    return {
      ok: false,
      field: 'containsPHI',
      message:
        ctx.billToPhiEnabled === null
          ? `containsPHI needs the project billed to an org with PHI features; it is billed to ${ctx.billTo}`
          : `containsPHI needs PHI features enabled for ${ctx.billTo}`,
    };
  }
  if (!current.downloadRestricted && next.downloadRestricted) {
    next.previewViewerRestricted = true;
  }
  // "Only after": previewViewerRestricted must already be off. Clearing both in one update is
  // refused too, since the platform rejects clearing downloadRestricted while preview is on.
  if (current.downloadRestricted && !next.downloadRestricted && current.previewViewerRestricted) {
    return {
      ok: false,
      field: 'downloadRestricted',
      message: 'Download access can be opened again only after previewViewerRestricted is turned off',
    };
  }
  const changed = (Object.keys(next) as Array<keyof ProjectSettings>).filter((k) => next[k] !== current[k]);
  return { ok: true, next, changed };
}
