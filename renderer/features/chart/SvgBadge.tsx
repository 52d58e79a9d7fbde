// A small badge drawn in SVG (chart nodes are SVG so they zoom crisply and export as-is):
// a rounded box sized from its text, with explicit fill/stroke attributes so an exported
// file looks the same without the app's stylesheet. Returns its width for the next badge.
import type { ReactElement } from 'react';
import { textWidth } from './chartText';

export type SvgBadgeTone = 'neutral' | 'strong' | 'off' | 'pending' | 'conflict' | 'danger' | 'multi';

const TONES: Record<SvgBadgeTone, { fill: string; stroke: string; text: string; dash?: string }> = {
  neutral: { fill: '#f9fafb', stroke: '#dfe2e7', text: '#4a505c' },
  strong: { fill: '#1b2a3f', stroke: '#1b2a3f', text: '#ffffff' },
  off: { fill: '#ffffff', stroke: '#c6cad2', text: '#8b909c', dash: '2 2' },
  pending: { fill: '#fff6dc', stroke: '#f0d58a', text: '#8a5a00' },
  conflict: { fill: '#fff1e6', stroke: '#f2b58a', text: '#9a3d00' },
  danger: { fill: '#fdf1f0', stroke: '#f1b5ae', text: '#b42318' },
  multi: { fill: '#e9f0fa', stroke: '#b9cfee', text: '#1f4f99' },
};

export const BADGE_HEIGHT = 16;
const FONT = 10;

export function badgeWidth(text: string): number {
  return Math.ceil(textWidth(text, FONT, true)) + 10;
}

export interface SvgBadgeProps {
  x: number;
  y: number;
  text: string;
  tone?: SvgBadgeTone;
  /** Overrides for the level colour scale. */
  colors?: { fill: string; stroke: string; text: string };
  title?: string;
  strike?: boolean;
}

export function SvgBadge({ x, y, text, tone = 'neutral', colors, title, strike }: SvgBadgeProps): ReactElement {
  const t = colors ?? TONES[tone];
  const dash = colors ? undefined : TONES[tone].dash;
  const w = badgeWidth(text);
  return (
    <g transform={`translate(${x},${y})`}>
      {title ? <title>{title}</title> : null}
      <rect width={w} height={BADGE_HEIGHT} rx={3} fill={t.fill} stroke={t.stroke} strokeWidth={1} strokeDasharray={dash} />
      <text x={w / 2} y={11.5} textAnchor="middle" fontSize={FONT} fontWeight={600} fill={t.text} letterSpacing="0.02em" textDecoration={strike ? 'line-through' : undefined}>
        {text}
      </text>
    </g>
  );
}
