import type { RefObject } from 'react';
import classes from './skip-link.module.css';
import { focusMainHeading } from './use-focus-main-heading';

/** "Skip to content": past the header and navigation, to the page's main heading. */
export function SkipLink({ main }: { main: RefObject<HTMLElement | null> }) {
  return (
    <a
      href="#main-content"
      className={classes.skipLink}
      onClick={(event) => {
        // The router owns the URL: move focus without adding a #fragment to it.
        event.preventDefault();
        const root = main.current;
        if (root && !focusMainHeading(root)) root.focus();
      }}
    >
      Skip to content
    </a>
  );
}
