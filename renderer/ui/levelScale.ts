// The one colour scale for project access levels (ui.md): NONE empty, VIEW lightest through
// ADMINISTER darkest, a single-hue blue ramp that stays ordered for colour-blind readers.
// Colours only ever accompany the level's text; nothing here decides access.
import type { Level } from '../../shared/domain/index';
import { LEVELS } from '../../shared/domain/index';

export interface LevelSwatch {
  level: Level;
  /** Background fill; NONE has none, so the cell reads as empty. */
  background: string;
  foreground: string;
  border: string;
  /** One-letter abbreviation for cramped cells and legends. */
  initial: string;
}

const SWATCHES: Record<Level, LevelSwatch> = {
  NONE: { level: 'NONE', background: 'transparent', foreground: '#5b616e', border: '#c9ccd3', initial: '–' },
  VIEW: { level: 'VIEW', background: '#e3eef9', foreground: '#0b2a4a', border: '#b9d3ee', initial: 'V' },
  UPLOAD: { level: 'UPLOAD', background: '#a9cbeb', foreground: '#0b2a4a', border: '#86b3df', initial: 'U' },
  CONTRIBUTE: { level: 'CONTRIBUTE', background: '#2f6fb3', foreground: '#ffffff', border: '#285f9a', initial: 'C' },
  ADMINISTER: { level: 'ADMINISTER', background: '#0b2e5c', foreground: '#ffffff', border: '#0b2e5c', initial: 'A' },
};

export function levelSwatch(level: Level): LevelSwatch {
  return SWATCHES[level];
}

export const LEVEL_SCALE: readonly LevelSwatch[] = LEVELS.map((l) => SWATCHES[l]);

/** WCAG relative luminance of a #rrggbb colour. */
export function relativeLuminance(hex: string): number {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  const channel = (h: string | undefined): number => {
    const c = parseInt(h ?? '0', 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(m[1]) + 0.7152 * channel(m[2]) + 0.0722 * channel(m[3]);
}

export function contrastRatio(a: string, b: string): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}
