import { describe, expect, it } from 'vitest';
import { buildMarks, grantTarget, memberTarget } from '../../../../renderer/features/changes/outboxMarks';

describe('row marks from the outbox', () => {
  const marks = buildMarks([
    { state: 'failed', target: memberTarget('org-lab', 'user-b') },
    { state: 'conflict', target: memberTarget('org-lab', 'user-b') },
    { state: 'failed', target: grantTarget('project-1', 'org-lab') },
    { state: 'pending', target: memberTarget('org-lab', 'user-c') },
  ]);
  it('prefers conflict over failed on the same target and ignores plain pending', () => {
    expect(marks.problem('member:org-lab:user-b')).toBe('conflict');
    expect(marks.problem('member:org-lab:user-c')).toBeNull();
  });
  it('marks a project by its grants', () => {
    expect(marks.problem('grant:project-1:org-lab')).toBe('failed');
    expect(marks.projectProblem('project-1')).toBe('failed');
    expect(marks.projectProblem('project-2')).toBeNull();
  });
});
