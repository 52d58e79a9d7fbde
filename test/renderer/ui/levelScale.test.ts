// The one level colour scale: ordered light to dark, single hue, and readable text on every fill.
import { describe, expect, it } from 'vitest';
import { LEVELS } from '../../../shared/domain/index';
import { contrastRatio, LEVEL_SCALE, levelSwatch, relativeLuminance } from '../../../renderer/ui/levelScale';

describe('level colour scale', () => {
  it('has one swatch per level, in level order', () => {
    expect(LEVEL_SCALE.map((s) => s.level)).toEqual([...LEVELS]);
  });

  it('leaves NONE empty and darkens strictly from VIEW to ADMINISTER', () => {
    expect(levelSwatch('NONE').background).toBe('transparent');
    const lum = LEVELS.filter((l) => l !== 'NONE').map((l) => relativeLuminance(levelSwatch(l).background));
    for (let i = 1; i < lum.length; i++) expect(lum[i]).toBeLessThan(lum[i - 1] ?? Infinity);
  });

  it('keeps the level text readable on its fill (WCAG AA, 4.5:1)', () => {
    for (const l of LEVELS) {
      const s = levelSwatch(l);
      const bg = s.background === 'transparent' ? '#ffffff' : s.background;
      expect(contrastRatio(s.foreground, bg), l).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('uses a single hue so the order survives colour-blindness (blue channel dominates)', () => {
    for (const l of LEVELS.filter((x) => x !== 'NONE')) {
      const hex = levelSwatch(l).background;
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
      expect(b).toBeGreaterThanOrEqual(g ?? 0);
      expect(g).toBeGreaterThanOrEqual(r ?? 0);
    }
  });

  it('gives every level a distinct initial', () => {
    expect(new Set(LEVEL_SCALE.map((s) => s.initial)).size).toBe(LEVELS.length);
  });

  it('rejects colours that are not #rrggbb', () => {
    expect(() => relativeLuminance('blue')).toThrow(/#rrggbb/);
  });
});
