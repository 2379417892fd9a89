import { Fragment, type ReactNode } from 'react';
import { shortenedId } from './shortened-id';

/** The separators a URL is best broken after: its path segments, its query and each query parameter. */
const BREAK_AFTER = /([/?&])/;

/**
 * A URL or path that wraps after `/`, `?` and `&` rather than mid-word; only a single segment longer
 * than the line is broken inside. With `shortenIds`, a long id (a callRef, a session or subscription id)
 * shows its ends only, the whole value on hover: a list stays readable at a glance, and the detail view,
 * without it, shows every character.
 */
export function UrlText({ url, shortenIds = false }: { url: string; shortenIds?: boolean }) {
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
          <Fragment key={index}>{shortenIds ? withIdsShortened(part) : part}</Fragment>
        ),
      )}
    </span>
  );
}

/** A path segment, or a query parameter `name=value` whose value may be the id. */
function withIdsShortened(part: string): ReactNode {
  const equals = part.indexOf('=');
  const [name, value] = equals < 0 ? ['', part] : [part.slice(0, equals + 1), part.slice(equals + 1)];
  const short = shortenedId(value);
  if (short === undefined) return part;
  return (
    <>
      {name}
      <abbr title={value} style={{ textDecoration: 'none', cursor: 'help' }}>
        {short}
      </abbr>
    </>
  );
}
