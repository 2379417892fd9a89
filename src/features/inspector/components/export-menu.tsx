import { Button, Menu } from '@mantine/core';
import type { O2gExchange } from '../../../o2g/http';
import { downloadFile, exportFileName } from '../model/download-file';
import { toHar } from '../model/har';
import { toNdjson } from '../model/ndjson';

const CREATOR = { name: 'O2G Console', version: '0.1.0' };

/**
 * Saves the requests shown as a HAR 1.2 file (opens in browser dev tools and HAR viewers) or as NDJSON
 * (one exchange per line, for jq and diffs). Both are redacted again on the way out.
 */
export function ExportMenu({ exchanges, origin }: { exchanges: readonly O2gExchange[]; origin: string }) {
  const count = exchanges.length;
  const noun = count === 1 ? 'request' : 'requests';
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button size="xs" variant="default" disabled={count === 0}>
          Export ({count})
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          {count} {noun}, secrets redacted
        </Menu.Label>
        <Menu.Item
          onClick={() =>
            downloadFile(
              exportFileName('har'),
              JSON.stringify(toHar(exchanges, { origin, creator: CREATOR }), null, 2),
              'application/json',
            )
          }
        >
          HAR 1.2 (.har)
        </Menu.Item>
        <Menu.Item
          onClick={() =>
            downloadFile(exportFileName('ndjson'), toNdjson(exchanges, origin), 'application/x-ndjson')
          }
        >
          NDJSON (.ndjson)
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
