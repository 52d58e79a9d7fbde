// Flag value parsing: every refusal names the flag and the values it accepts.
import { describe, expect, it } from 'vitest';
import { parseBool, parseChoice, parsePort, takePositionals } from '../../../main/cli/args';
import { UsageError } from '../../../main/cli/errors';

describe('cli args', () => {
  it('accepts true/false, yes/no, 1/0 in any case', () => {
    for (const v of ['true', 'YES', 'Yes', '1', ' true ']) expect(parseBool('billable', v)).toBe(true);
    for (const v of ['false', 'no', 'NO', '0']) expect(parseBool('billable', v)).toBe(false);
    expect(() => parseBool('billable', 'maybe')).toThrow(UsageError);
    expect(() => parseBool('billable', 'maybe')).toThrow("invalid value 'maybe' for --billable: use true, false, yes, no, 1 or 0");
  });

  it('matches choices case-insensitively and names the allowed ones', () => {
    expect(parseChoice('level', 'member', ['ADMIN', 'MEMBER'])).toBe('MEMBER');
    expect(() => parseChoice('level', 'BOSS', ['ADMIN', 'MEMBER'])).toThrow("invalid value 'BOSS' for --level: use ADMIN or MEMBER");
  });

  it('checks ports', () => {
    expect(parsePort('0')).toBe(0);
    expect(parsePort('8080')).toBe(8080);
    for (const bad of ['-1', '70000', 'abc', '1.5', '']) expect(() => parsePort(bad), bad).toThrow(/--port/);
  });

  it('names the missing or extra positional argument', () => {
    expect(takePositionals(['org-lab', 'user-b'], ['ORG', 'USER'])).toEqual(['org-lab', 'user-b']);
    expect(() => takePositionals(['org-lab'], ['ORG', 'USER'])).toThrow('missing argument USER');
    expect(() => takePositionals(['a', 'b', 'c'], ['ORG', 'USER'])).toThrow("unexpected argument 'c'");
  });
});
