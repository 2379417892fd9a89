import { Button, Menu } from '@mantine/core';
import { downloadFile, timestampedFileName } from '../../../lib/download-file';
import { openApiDocument } from '../../../o2g/catalogue/export-openapi';
import { postmanCollection } from '../../../o2g/catalogue/export-postman';
import type { ExplorerCatalogue } from '../../../o2g/catalogue/join';
import { upstreamUrl } from '../../../o2g/upstream-url';

/**
 * "Export" the operations this session shows (the joined catalogue) as a Postman collection or an
 * OpenAPI document. Both address the O2G itself, not the console's proxy, and neither holds the
 * session's credential: Postman's `credential` variable is left for the person to fill in.
 */
export function ExportMenu({ catalogue, baseUrl }: { catalogue: ExplorerCatalogue; baseUrl: string }) {
  const o2gBase = upstreamUrl(baseUrl, window.location.origin);
  const title = `O2G ${new URL(o2gBase, window.location.origin).host}`;
  const save = (prefix: string, document: unknown) =>
    downloadFile(timestampedFileName(prefix, 'json'), JSON.stringify(document, null, 2), 'application/json');
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="default">Export…</Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>The operations shown, without credential</Menu.Label>
        <Menu.Item onClick={() => save('o2g-postman', postmanCollection(catalogue, title, o2gBase))}>
          Postman collection (v2.1)
        </Menu.Item>
        <Menu.Item onClick={() => save('o2g-openapi', openApiDocument(catalogue, title, o2gBase))}>
          OpenAPI 3.1
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
