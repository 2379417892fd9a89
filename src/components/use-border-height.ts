import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * The height of an element's border box, followed as its content reflows (a badge that grows, a row that
 * wraps). Undefined until the element is first laid out.
 */
export function useBorderHeight(element: RefObject<HTMLElement | null>): number | undefined {
  const [height, setHeight] = useState<number>();
  useLayoutEffect(() => {
    const target = element.current;
    if (!target) return;
    const observer = new ResizeObserver(([entry]) => {
      // A test environment's stand-in may report no entry: nothing to follow then.
      const size = entry?.borderBoxSize?.[0]?.blockSize;
      if (size !== undefined) setHeight(Math.ceil(size));
    });
    observer.observe(target);
    return () => observer.disconnect();
  }, [element]);
  return height;
}
