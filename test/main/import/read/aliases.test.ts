// headerToField aliases and parseBooleanCell spellings.
import { describe, expect, it } from 'vitest';
import { headerToField, parseBooleanCell } from '../../../../main/import/read/index';

describe('headerToField', () => {
  it.each([
    ['Project access', 'projectAccess'],
    ['projectAccess', 'projectAccess'],
    ['project_access', 'projectAccess'],
    [' PROJECT-ACCESS ', 'projectAccess'],
    ['Org', 'org'],
    ['Organization', 'org'],
    ['org id', 'org'],
    ['User', 'user'],
    ['Username', 'user'],
    ['User ID', 'user'],
    ['Email', 'user'],
    ['user email', 'user'],
    ['Level', 'level'],
    ['Role', 'level'],
    ['Org level', 'level'],
    ['Billable', 'allowBillableActivities'],
    ['Allow billable activities', 'allowBillableActivities'],
    ['allowBillableActivities', 'allowBillableActivities'],
    ['App access', 'appAccess'],
    ['Action', 'action'],
    ['Revoke project permissions', 'revokeProjectPermissions'],
    ['Revoke app permissions', 'revokeAppPermissions'],
    ['\uFEFForg', 'org'],
  ])('%j -> %s', (header, field) => {
    expect(headerToField(header)).toBe(field);
  });
  it.each(['Department', '', 'name', 'projects'])('%j -> null', (header) => {
    expect(headerToField(header)).toBeNull();
  });
});

describe('parseBooleanCell', () => {
  it.each(['true', 'TRUE', 'Yes', 'y', 'Y', '1', 'on', ' On '])('%j -> true', (s) => expect(parseBooleanCell(s)).toBe(true));
  it.each(['false', 'False', 'NO', 'n', '0', 'off', 'OFF'])('%j -> false', (s) => expect(parseBooleanCell(s)).toBe(false));
  it.each(['', 'maybe', 'ja', '2', 'yes please', 'truee'])('%j -> null', (s) => expect(parseBooleanCell(s)).toBeNull());
});
