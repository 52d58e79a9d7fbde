// /system/findProjects (platform-api.md §4.2). Reproduces the platform's quirk on purpose:
// `level` defaults to CONTRIBUTE, so a caller who omits it silently misses the projects where
// they only have VIEW or UPLOAD. Clients must send level VIEW. Reads only.
import { z } from 'zod';
import { PUBLIC, atLeast } from '../../../shared/domain/index';
import { membershipIndex, projectLevel } from '../access';
import type { CallContext } from '../context';
import { describeProject, isPublic, pickFields } from '../describe';
import { DescribeInput, GrantLevelInput, NameFilter, PageInput, PropertiesFilter, nameMatcher, parseInput, propertiesMatch } from '../input';
import type { Page } from '../pagination';
import { sortedKeys } from '../pagination';
import type { FindProjectsResult } from '../replies';
import type { EmuProject } from '../state';

const FindProjectsInput = z.object({
  name: NameFilter,
  id: z.array(z.string()).optional(),
  level: GrantLevelInput.default('CONTRIBUTE'),
  explicitPermission: z.boolean().optional(),
  public: z.boolean().optional(),
  billTo: z.union([z.string(), z.array(z.string())]).optional(),
  containsPHI: z.boolean().optional(),
  externalUploadRestricted: z.boolean().optional(),
  tags: z.array(z.string()).optional(),
  properties: PropertiesFilter,
  describe: DescribeInput,
  ...PageInput,
});

export function systemFindProjects(ctx: CallContext, body: unknown): Page<FindProjectsResult> {
  const input = parseInput(FindProjectsInput, body);
  const memberships = membershipIndex(ctx.store, ctx.caller);
  const myOrgs = new Set(memberships.keys());
  const matchName = nameMatcher(input.name);
  const ids = input.id === undefined ? null : new Set(input.id);
  const billTo = input.billTo === undefined ? null : new Set(Array.isArray(input.billTo) ? input.billTo : [input.billTo]);
  // "Explicit" counts grants to the user or to the user's orgs, not PUBLIC (dxpy docstring).
  const explicit = (p: EmuProject): boolean => p.permissions[ctx.caller] !== undefined || Object.keys(p.permissions).some((k) => myOrgs.has(k));
  const levels = new Map<string, ReturnType<typeof projectLevel>>();
  for (const p of ctx.store.projects.values()) {
    if (ids !== null && !ids.has(p.id)) continue;
    if (billTo !== null && !billTo.has(p.billTo)) continue;
    if (!matchName(p.name) || !propertiesMatch(input.properties, p.properties)) continue;
    if (input.containsPHI !== undefined && p.settings.containsPHI !== input.containsPHI) continue;
    if (input.externalUploadRestricted !== undefined && p.settings.externalUploadRestricted !== input.externalUploadRestricted) continue;
    if (input.tags !== undefined && !input.tags.every((t) => p.tags.includes(t))) continue;
    if (input.public !== undefined && isPublic(p) !== input.public) continue;
    if (input.explicitPermission !== undefined && explicit(p) !== input.explicitPermission) continue;
    const level = projectLevel(ctx.caller, p, memberships);
    if (!atLeast(level, input.level)) continue;
    levels.set(p.id, level);
  }
  return ctx.pager.page(`${ctx.caller}/system/findProjects`, sortedKeys(levels.keys()), input, (id) => {
    const p = ctx.store.projects.get(id);
    const level = levels.get(id);
    if (!p || level === undefined) throw new Error(`project ${id} vanished while paging`);
    return {
      id,
      level,
      public: p.permissions[PUBLIC] !== undefined,
      ...(input.describe ? { describe: pickFields(describeProject(p, level), input.describe) } : {}),
    };
  });
}
