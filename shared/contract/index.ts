// The one contract: every method (input, output) and event (payload) of OrgDesk. Transports
// (Electron IPC, the loopback HTTP bridge, the in-memory test transport) serve exactly this.
import type { z } from 'zod';
import { appEvents, recoveryMethods, workspaceMethods } from './workspace';
import { orgMethods } from './orgs';
import { projectMethods } from './projects';
import { accessMethods } from './access';
import { heatmapMethods } from './heatmap';
import { outboxMethods } from './outbox';
import { events as baseEvents } from './events';
import { syncEvents, syncMethods } from './sync';
import { importMethods } from './imports';
import { auditEvents, auditMethods } from './audit';
import { matrixMethods } from './matrix';
import { bulkMethods } from './bulk';
import { reportMethods } from './reports';
import { logMethods } from './log';
import { chartMethods } from './chart';

export const methods = {
  ...workspaceMethods,
  ...recoveryMethods,
  ...orgMethods,
  ...projectMethods,
  ...accessMethods,
  ...heatmapMethods,
  ...outboxMethods,
  ...syncMethods,
  ...importMethods,
  ...auditMethods,
  ...matrixMethods,
  ...bulkMethods,
  ...reportMethods,
  ...logMethods,
  ...chartMethods,
} as const;

export const events = { ...baseEvents, ...syncEvents, ...auditEvents, ...appEvents } as const;


export type Methods = typeof methods;
export type MethodName = keyof Methods;
export type EventName = keyof typeof events;
export type MethodInput<M extends MethodName> = z.input<Methods[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<Methods[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Methods[M]['output']>;
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]['payload']>;

export const METHOD_NAMES = Object.keys(methods).sort() as MethodName[];
export const EVENT_NAMES = Object.keys(events).sort() as EventName[];

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(methods, name);
}
export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(events, name);
}

export * from './common';
export * from './workspace';
export * from './orgs';
export * from './projects';
export * from './access';
export * from './heatmap';
export * from './outbox';
export * from './sync';
export * from './imports';
export * from './audit';
export * from './matrix';
export * from './matrixFilter';
export * from './bulk';
export * from './reports';
export * from './log';
export * from './chart';
export * from './views';
export { CHANGE_AREAS } from './events';
