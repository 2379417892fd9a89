import { Fragment } from 'react';

/** The separators a URL is best broken after: its path segments, its query and each query parameter. */
const BREAK_AFTER = /([/?&])/;

/**
 * A URL or path that wraps after `/`, `?` and `&` rather than mid-word; only a single segment longer
 * than the line (a long id) is broken inside.
 */
export function UrlText({ url }: { url: string }) {
  const parts = url.split(BREAK_AFTER);
  return (
    <span style={{ overflowWrap: 'anywhere' }}>
      {parts.map((part, index) =>
        BREAK_AFTER.test(part) ? (
          <Fragment key={index}>
            {part}
            <wbr />
          </Fragment>
        ) : (
          part
        ),
      )}
    </span>
  );
}
