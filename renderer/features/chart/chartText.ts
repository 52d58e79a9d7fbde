// Text for chart nodes: width estimates (SVG text cannot be measured before it is drawn, and
// measuring thousands of nodes would stall the frame), truncation with an ellipsis, initials,
// and the words nodes use for counts and flags. Pure.
import type { ChartOrg } from '../../../shared/contract/index';
import { plural } from '../../../shared/text/plural';

const NARROW = new Set('iljtfrI.,:;!|\'()[] '.split(''));
const WIDE = new Set('mwMW@'.split(''));

/** Approximate advance width of `text` in the UI sans-serif at `size` px. */
export function textWidth(text: string, size: number, bold = false): number {
  let units = 0;
  for (const ch of text) {
    if (NARROW.has(ch)) units += 0.3;
    else if (WIDE.has(ch)) units += 0.85;
    else if (ch >= 'A' && ch <= 'Z') units += 0.66;
    else if (ch >= '0' && ch <= '9') units += 0.56;
    else units += 0.53;
  }
  // Sized for the widest likely fallback font (DejaVu Sans on Linux), so text never overlaps.
  return units * size * (bold ? 1.22 : 1.12);
}

/** `text` cut to fit `max` px, ending in "…" when cut. */
export function fitText(text: string, max: number, size: number, bold = false): string {
  if (textWidth(text, size, bold) <= max) return text;
  let out = text;
  while (out.length > 1 && textWidth(`${out}…`, size, bold) > max) out = out.slice(0, -1);
  return `${out.trimEnd()}…`;
}

export function initials(name: string, fallback: string): string {
  const words = name.split(/\s+/).filter(Boolean);
  const letters = words.length >= 2 ? `${words[0]?.[0] ?? ''}${words[words.length - 1]?.[0] ?? ''}` : (words[0] ?? fallback).slice(0, 2);
  return letters.toUpperCase();
}

export function orgCountsText(org: ChartOrg): string {
  return [plural(org.adminCount, 'admin'), plural(org.memberCount, 'member'), plural(org.projectCount, 'project'), plural(org.appCount, 'app')].join(' · ');
}

export function flagWords(p: { allowBillableActivities: boolean; appAccess: boolean }): { billable: string; apps: string } {
  return {
    billable: p.allowBillableActivities ? 'May bill work to the org (allowBillableActivities)' : 'May not bill work to the org (allowBillableActivities off)',
    apps: p.appAccess ? 'May run apps authorized for the org (appAccess)' : 'May not run the org’s apps (appAccess off)',
  };
}

/** Font stacks written into the SVG itself, so an exported file keeps them. */
export const SANS = "Inter, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
export const MONO = "ui-monospace, 'SF Mono', 'JetBrains Mono', Menlo, Consolas, 'Liberation Mono', monospace";
