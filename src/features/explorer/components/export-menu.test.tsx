import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../../o2g/catalogue';
import { joinCatalogue } from '../../../o2g/catalogue/join';
import { captureDownloads } from '../../../testing/downloads';
import { render } from '../../../testing/render';
import { ExportMenu } from './export-menu';

// The files the menu hands to the browser.
const saved = captureDownloads();

const catalogue = joinCatalogue(CATALOGUE, [{ serviceName: 'Routing', relativeUrl: '/routing' }], undefined);
// The session's base URL as the console holds it: through its proxy.
const proxied = `${window.location.origin}/o2g/https/o2g.example:8443/api/rest/1.0`;

describe('the explorer’s ExportMenu', () => {
  it('saves a Postman collection addressed to the O2G itself, its credential variable empty', async () => {
    const { user } = render(<ExportMenu catalogue={catalogue} baseUrl={proxied} />);
    await user.click(screen.getByRole('button', { name: 'Export…' }));
    await user.click(screen.getByRole('menuitem', { name: 'Postman collection (v2.1)' }));
    expect(saved).toHaveLength(1);
    expect(saved[0]?.name).toMatch(/^o2g-postman-.*\.json$/);
    const collection = JSON.parse((await saved[0]?.blob.text()) ?? '') as {
      item: { name: string }[];
      variable: { key: string; value: string }[];
    };
    expect(collection.item.map((folder) => folder.name)).toEqual(['Routing', 'Sessions']);
    expect(collection.variable).toEqual([
      expect.objectContaining({ key: 'baseUrl', value: 'https://o2g.example:8443/api/rest/1.0' }),
      expect.objectContaining({ key: 'credential', value: '' }),
    ]);
  });

  it('saves an OpenAPI 3.1 document of the same operations', async () => {
    const { user } = render(<ExportMenu catalogue={catalogue} baseUrl={proxied} />);
    await user.click(screen.getByRole('button', { name: 'Export…' }));
    await user.click(screen.getByRole('menuitem', { name: 'OpenAPI 3.1' }));
    const document = JSON.parse((await saved[0]?.blob.text()) ?? '') as {
      openapi: string;
      servers: { url: string }[];
      paths: Record<string, unknown>;
    };
    expect(document.openapi).toBe('3.1.0');
    expect(document.servers).toEqual([{ url: 'https://o2g.example:8443/api/rest/1.0' }]);
    expect(Object.keys(document.paths)).toContain('/routing/dnd');
  });
});
