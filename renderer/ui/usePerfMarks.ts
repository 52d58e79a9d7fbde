// The views benchmark's marks (/tmp/design/views-perf.md): 'orgdesk:<view>:data' when the first
// screen's data has arrived, 'orgdesk:<view>:painted' after the first frame showing it. Once per
// visit to the view; cleared when it unmounts so the next visit measures afresh.
import { useEffect, useRef } from 'react';

export type PerfView = 'matrix' | 'heatmap' | 'chart';

export function perfMarkNames(view: PerfView): { data: string; painted: string } {
  return { data: `orgdesk:${view}:data`, painted: `orgdesk:${view}:painted` };
}

export function usePerfMarks(view: PerfView, hasData: boolean): void {
  const marked = useRef({ data: false, painted: false });
  const names = perfMarkNames(view);
  // Marked during render so the mark is as close as possible to the answer being parsed.
  if (hasData && !marked.current.data) {
    marked.current.data = true;
    performance.mark(names.data);
  }
  useEffect(() => {
    if (!hasData || marked.current.painted) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // After commit the next frame paints; the task queued from that frame runs once it is on screen.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        marked.current.painted = true;
        performance.mark(names.painted);
      }, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer) clearTimeout(timer);
    };
  }, [hasData, names.painted]);
  useEffect(
    () => () => {
      performance.clearMarks(names.data);
      performance.clearMarks(names.painted);
    },
    [names.data, names.painted],
  );
}
