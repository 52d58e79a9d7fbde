// The contract surface: names.ts (read by the sandboxed preload) must list exactly the
// contract's methods and events, names follow area.verb / area.pastTense, and a snapshot makes
// every change to the surface show up in review.
import { describe, expect, it } from 'vitest';
import { EVENT_NAMES, METHOD_NAMES, events, isEventName, isMethodName, methods } from '../../../shared/contract/index';
import { EVENT_CHANNEL, EVENT_NAME_LIST, METHOD_NAME_LIST } from '../../../shared/contract/names';

const sorted = (xs: readonly string[]) => [...xs].sort();

describe('names.ts mirrors the contract', () => {
  it('METHOD_NAME_LIST equals the keys of methods', () => {
    expect(sorted(METHOD_NAME_LIST)).toEqual(sorted(Object.keys(methods)));
    expect(new Set(METHOD_NAME_LIST).size).toBe(METHOD_NAME_LIST.length);
  });
  it('EVENT_NAME_LIST equals the keys of events', () => {
    expect(sorted(EVENT_NAME_LIST)).toEqual(sorted(Object.keys(events)));
    expect(new Set(EVENT_NAME_LIST).size).toBe(EVENT_NAME_LIST.length);
  });
  it('the derived name lists agree', () => {
    expect(METHOD_NAMES).toEqual(sorted(METHOD_NAME_LIST));
    expect(EVENT_NAMES).toEqual(sorted(EVENT_NAME_LIST));
  });
  it('guards accept listed names only', () => {
    for (const m of METHOD_NAME_LIST) expect(isMethodName(m)).toBe(true);
    for (const e of EVENT_NAME_LIST) expect(isEventName(e)).toBe(true);
    expect(isMethodName('toString')).toBe(false);
    expect(isMethodName('constructor')).toBe(false);
    expect(isMethodName('workspace.changed')).toBe(false);
    expect(isEventName('workspace.info')).toBe(false);
    expect(isEventName(42)).toBe(false);
  });
  it('the event channel is namespaced', () => {
    expect(EVENT_CHANNEL).toBe('orgdesk:event');
  });
});

describe('naming', () => {
  it('every method is area.verb', () => {
    for (const m of Object.keys(methods)) expect(m).toMatch(/^[a-z]+\.[a-z][A-Za-z]+$/);
  });
  it('every event is area.pastTense', () => {
    for (const e of Object.keys(events)) expect(e).toMatch(/^[a-z]+\.[a-z][A-Za-z]*ed$/);
  });
  it('every method has an input and an output schema, every event a payload schema', () => {
    for (const [name, spec] of Object.entries(methods)) {
      expect(typeof spec.input.safeParse, `${name}.input`).toBe('function');
      expect(typeof spec.output.safeParse, `${name}.output`).toBe('function');
    }
    for (const [name, spec] of Object.entries(events)) expect(typeof spec.payload.safeParse, `${name}.payload`).toBe('function');
  });
});

describe('surface snapshot', () => {
  it('method and event names', () => {
    expect({ methods: sorted(Object.keys(methods)), events: sorted(Object.keys(events)) }).toMatchSnapshot();
  });
});
