// Count wording used by the app, the CLI and error messages.
import { describe, expect, it } from 'vitest';
import { plural, verb } from '../../../shared/text/plural';

describe('plural', () => {
  it('uses the singular for one and the plural otherwise', () => {
    expect(plural(1, 'project')).toBe('1 project');
    expect(plural(2, 'app')).toBe('2 apps');
    expect(plural(0, 'app')).toBe('0 apps');
  });

  it('takes an irregular plural and groups thousands', () => {
    expect(plural(1, 'person', 'people')).toBe('1 person');
    expect(plural(12034, 'person', 'people')).toBe('12,034 people');
  });
});

describe('verb', () => {
  it('agrees with the count', () => {
    expect(`${plural(1, 'row')} ${verb(1, 'has', 'have')} errors`).toBe('1 row has errors');
    expect(`${plural(3, 'row')} ${verb(3, 'has', 'have')} errors`).toBe('3 rows have errors');
  });
});
