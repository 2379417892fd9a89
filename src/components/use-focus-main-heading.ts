import { useEffect, type RefObject } from 'react';
import { useLocation } from 'react-router';

/** Puts keyboard and screen-reader focus on a page's main heading (focusable by script only). */
export function focusMainHeading(main: HTMLElement): boolean {
  const heading = main.querySelector<HTMLElement>('h1');
  if (!heading) return false;
  heading.tabIndex = -1;
  heading.focus();
  return true;
}

/** The page the browser opened keeps the browser's own focus: the skip link is then its first Tab stop. */
let firstPageSeen = false;

/**
 * On every route change (signing in is one), focus moves to the new page's main heading, so a keyboard
 * or screen-reader user starts on the page they asked for rather than on the link they left. A page
 * whose code is still loading gets its heading focused when it shows; a page that put focus inside
 * itself keeps it. The first page of a visit is left alone.
 */
export function useFocusMainHeading(main: RefObject<HTMLElement | null>) {
  const { pathname } = useLocation();
  useEffect(() => {
    const root = main.current;
    if (!root) return;
    if (!firstPageSeen) {
      firstPageSeen = true;
      return;
    }
    const settle = () => {
      const active = document.activeElement;
      if (active && active !== document.body && root.contains(active) && active.tagName !== 'H1') return true;
      return focusMainHeading(root);
    };
    if (settle()) return;
    const observer = new MutationObserver(() => {
      if (settle()) observer.disconnect();
    });
    observer.observe(root, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [pathname, main]);
}
