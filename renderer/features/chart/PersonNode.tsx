// One person in an org's Admins or Members: initials, name and handle, then level and flags as
// badges (billable, app access, projectAccess on the level colour scale) and, for people in
// several orgs, how many: hovering any occurrence marks the others.
import type { ReactElement } from 'react';
import type { SyncProblem } from '../../ui/Badge';
import { levelSwatch } from '../../ui/levelScale';
import type { ChartNodeData } from './chartModel';
import { MONO, fitText, flagWords, initials, textWidth } from './chartText';
import { SyncMark } from './SyncMark';
import { SvgBadge, badgeWidth } from './SvgBadge';

type PersonData = Extract<ChartNodeData, { kind: 'person' }>;

const GAP = 4;

export function PersonNode({ data, width, height, problem, linked }: { data: PersonData; width: number; height: number; problem: SyncProblem | null; linked: boolean }): ReactElement {
  const p = data.item;
  const words = flagWords(p);
  const swatch = levelSwatch(p.projectAccess);
  // The multi-org mark sits on the name line, right-aligned, leaving the badge line to the flags.
  const multi = `${p.orgCount} orgs`;
  const multiW = p.orgCount > 1 ? badgeWidth(multi) : 0;
  const nameMax = width - 48 - 8 - multiW;
  const name = fitText(p.name, nameMax * 0.62, 12.5, true);
  const nameW = textWidth(name, 12.5, true);
  const badges: Array<{ text: string; el: (x: number) => ReactElement }> = [];
  const add = (text: string, el: (x: number) => ReactElement) => badges.push({ text, el });
  add(p.level, (x) => <SvgBadge key="level" x={x} y={24} text={p.level} tone={p.level === 'ADMIN' ? 'strong' : 'neutral'} title={`${p.level} of ${data.org}`} />);
  add('billable', (x) => <SvgBadge key="bill" x={x} y={24} text="billable" tone={p.allowBillableActivities ? 'neutral' : 'off'} strike={!p.allowBillableActivities} title={words.billable} />);
  add('apps', (x) => <SvgBadge key="apps" x={x} y={24} text="apps" tone={p.appAccess ? 'neutral' : 'off'} strike={!p.appAccess} title={words.apps} />);
  add(p.projectAccess, (x) => (
    <SvgBadge
      key="proj"
      x={x}
      y={24}
      text={p.projectAccess}
      colors={{ fill: swatch.background === 'transparent' ? '#ffffff' : swatch.background, stroke: swatch.border, text: swatch.foreground }}
      title={`projectAccess ${p.projectAccess}: the most this member gets through the org’s project grants`}
    />
  ));
  let x = 44;
  const drawn = badges.map((b) => {
    const el = b.el(x);
    x += badgeWidth(b.text) + GAP;
    return el;
  });
  return (
    <>
      <circle cx={22} cy={height / 2} r={13} fill={linked ? '#e9f0fa' : '#eef0f3'} stroke={linked ? '#6f9ad6' : 'none'} strokeWidth={linked ? 1.5 : 0} />
      <text x={22} y={height / 2 + 4} textAnchor="middle" fontSize={10.5} fontWeight={650} fill={linked ? '#1f4f99' : '#4a505c'}>
        {initials(p.name, p.user)}
      </text>
      <text x={44} y={17} fontSize={12.5} fontWeight={600} fill="#1b1e24">
        {name}
      </text>
      <text x={44 + nameW + 8} y={17} fontSize={11} fill="#646a77" fontFamily={MONO}>
        {fitText(p.user, width - 44 - nameW - 14, 11)}
      </text>
      {drawn}
      {p.orgCount > 1 ? <SvgBadge x={width - 8 - multiW} y={5} text={multi} tone="multi" title={`${p.user} is in ${p.orgCount} orgs: hover to see the others`} /> : null}
      <SyncMark x={width - 8 - (multiW ? multiW + 4 : 0)} y={13} pending={p.pending} problem={problem} anchor="end" />
    </>
  );
}
