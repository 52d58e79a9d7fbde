// The views benchmark's marks (/tmp/design/views-perf.md): 'orgdesk:heatmap:data' when the
// first screen's cells have arrived, 'orgdesk:heatmap:painted' after the first frame showing
// them. Once per visit; cleared on unmount so the next visit measures afresh.
import { useEffect, useRef } from 'react';

export const DATA_MARK = 'orgdesk:heatmap:data';
export const PAINTED_MARK = 'orgdesk:heatmap:painted';

export function usePerfMarks(hasData: boolean): void {
  const marked = useRef({ data: false, painted: false });
  if (hasData && !marked.current.data) {
    marked.current.data = true;
    performance.mark(DATA_MARK);
  }
  useEffect(() => {
    if (!hasData || marked.current.painted) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        marked.current.painted = true;
        performance.mark(PAINTED_MARK);
      }, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer) clearTimeout(timer);
    };
  }, [hasData]);
  useEffect(
    () => () => {
      performance.clearMarks(DATA_MARK);
      performance.clearMarks(PAINTED_MARK);
    },
    [],
  );
}
