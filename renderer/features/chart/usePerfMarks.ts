// The views benchmark's marks (/tmp/design/views-perf.md): 'orgdesk:chart:data' when the first
// screen's data has arrived, 'orgdesk:chart:painted' after the first frame showing it. Once per
// visit to the view; cleared when it unmounts so the next visit measures afresh.
import { useEffect, useRef } from 'react';

export const DATA_MARK = 'orgdesk:chart:data';
export const PAINTED_MARK = 'orgdesk:chart:painted';

export function usePerfMarks(hasData: boolean): void {
  const marked = useRef({ data: false, painted: false });
  // Marked during render so the mark is as close as possible to the answer being parsed.
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
