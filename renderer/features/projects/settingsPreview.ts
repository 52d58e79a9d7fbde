// What a staged settings change does before it is applied: the settings that end up changed
// (couplings included, via the domain's planSettingsChange) and, per capability, which users
// gain or lose it. Pure; the rules come from shared/domain.
import type { Capabilities, Level, ProjectSettings } from '../../../shared/domain/index';
import { CAPABILITY_LABELS, capabilities, overrideChoice, planSettingsChange, POLICY_OVERRIDES } from '../../../shared/domain/index';
import type { SettingsContext, SettingsPatch } from '../../../shared/domain/index';

export interface SettingChangeLine {
  key: keyof ProjectSettings;
  label: string;
  from: string;
  to: string;
  /** Set when the change follows from another one (the downloadRestricted coupling). */
  coupled: boolean;
}

export type SettingsPlanView = { ok: true; lines: SettingChangeLine[]; next: ProjectSettings } | { ok: false; field: keyof ProjectSettings; message: string };

function describe(key: keyof ProjectSettings, value: ProjectSettings[keyof ProjectSettings]): { label: string; text: string } {
  const override = POLICY_OVERRIDES.find((o) => o.key === key);
  if (override && typeof value === 'boolean') return { label: override.label, text: overrideChoice(override.key, value) };
  return { label: key, text: value === null ? 'none' : typeof value === 'boolean' ? (value ? 'on' : 'off') : String(value) };
}

export function planView(current: ProjectSettings, patch: SettingsPatch, ctx: SettingsContext): SettingsPlanView {
  const plan = planSettingsChange(current, patch, ctx);
  if (!plan.ok) return plan;
  const lines = plan.changed.map((key) => {
    const before = describe(key, current[key]);
    const after = describe(key, plan.next[key]);
    return { key, label: before.label, from: before.text, to: after.text, coupled: !(key in patch) };
  });
  return { ok: true, lines, next: plan.next };
}

export interface CapabilityShift {
  capability: keyof Capabilities;
  label: string;
  lose: string[];
  gain: string[];
}

export function capabilityShifts(users: ReadonlyArray<{ user: string; level: Level }>, before: ProjectSettings, after: ProjectSettings): CapabilityShift[] {
  const keys = Object.keys(CAPABILITY_LABELS) as Array<keyof Capabilities>;
  const out: CapabilityShift[] = [];
  for (const capability of keys) {
    const lose: string[] = [];
    const gain: string[] = [];
    for (const u of users) {
      const was = capabilities(u.level, before)[capability];
      const now = capabilities(u.level, after)[capability];
      if (was && !now) lose.push(u.user);
      if (!was && now) gain.push(u.user);
    }
    if (lose.length || gain.length) out.push({ capability, label: CAPABILITY_LABELS[capability], lose, gain });
  }
  return out;
}
