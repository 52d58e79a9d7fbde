// @vitest-environment happy-dom
// The views benchmark's marks (the shared hook the matrix, heatmap and chart use): the data mark
// when data first arrives, the painted mark only after the next frame, each once per visit,
// and both cleared when the view unmounts.
import { cleanup, render, waitFor } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach, expect, test } from 'vitest';
import { usePerfMarks } from '../../../renderer/ui/usePerfMarks';

afterEach(() => {
  cleanup();
  performance.clearMarks();
});

function View({ hasData }: { hasData: boolean }): ReactElement {
  usePerfMarks('heatmap', hasData);
  return <p>{hasData ? 'data' : 'loading'}</p>;
}

const count = (name: string): number => performance.getEntriesByName(name).length;
/** Past the frame and the task after it, the point at which the hook marks a paint. */
const afterNextPaint = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

test('marks data on arrival and painted after the next frame, once each, and clears both on unmount', async () => {
  const view = render(<View hasData={false} />);
  expect(count('orgdesk:heatmap:data')).toBe(0);
  view.rerender(<View hasData />);
  expect(count('orgdesk:heatmap:data')).toBe(1);
  expect(count('orgdesk:heatmap:painted')).toBe(0);
  await waitFor(() => expect(count('orgdesk:heatmap:painted')).toBe(1));
  view.rerender(<View hasData={false} />);
  view.rerender(<View hasData />);
  await afterNextPaint();
  await afterNextPaint();
  expect([count('orgdesk:heatmap:data'), count('orgdesk:heatmap:painted')]).toEqual([1, 1]);
  view.unmount();
  expect([count('orgdesk:heatmap:data'), count('orgdesk:heatmap:painted')]).toEqual([0, 0]);
});
