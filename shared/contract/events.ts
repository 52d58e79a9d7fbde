// Contract: events pushed from main to the renderer. Named area.pastTense.
import { z } from 'zod';

export const CHANGE_AREAS = ['workspace', 'orgs', 'members', 'projects', 'apps', 'outbox'] as const;

export const events = {
  'workspace.changed': { payload: z.object({ areas: z.array(z.enum(CHANGE_AREAS)) }) },
  'outbox.changed': { payload: z.object({ pending: z.number().int(), failed: z.number().int(), conflict: z.number().int() }) },
} as const;
