import { describe, expect, it } from 'vitest';
import { curlSnippet, fetchSnippet, snippetUrl } from './snippets';

const ORIGIN = 'http://127.0.0.1:5173';
const PROXIED = '/o2g/https/127.0.0.1:8743/api/rest/1.0/routing/forwardroute?loginName=oxe2002';
const request = {
  method: 'POST',
  url: `${ORIGIN}${PROXIED}`,
  body: { forwardRoute: { destinations: [{ type: 'NUMBER', number: "20'03" }] } },
};

describe('snippets', () => {
  it('address the O2G itself, or the console’s proxy, as the person picks', () => {
    expect(snippetUrl(PROXIED, ORIGIN, 'o2g')).toBe(
      'https://127.0.0.1:8743/api/rest/1.0/routing/forwardroute?loginName=oxe2002',
    );
    expect(snippetUrl(PROXIED, ORIGIN, 'proxy')).toBe(`${ORIGIN}${PROXIED}`);
    expect(snippetUrl(`${ORIGIN}${PROXIED}`, ORIGIN, 'proxy')).toBe(`${ORIGIN}${PROXIED}`);
  });

  it('write a cURL command that reads the credential from the environment, direct by default', () => {
    const direct = curlSnippet(request, ORIGIN);
    expect(direct).toContain(
      `curl -X POST 'https://127.0.0.1:8743/api/rest/1.0/routing/forwardroute?loginName=oxe2002'`,
    );
    expect(direct).toContain(`-H "Cookie: AlcUserId=$O2G_CREDENTIAL"`);
    // A quote in the body is closed, escaped and reopened, so the command runs as pasted.
    expect(direct).toContain(
      `--data-raw '{"forwardRoute":{"destinations":[{"type":"NUMBER","number":"20'\\''03"}]}}'`,
    );
    const proxied = curlSnippet(request, ORIGIN, 'proxy');
    expect(proxied).toContain(`curl -X POST '${ORIGIN}${PROXIED}'`);
    // No header only the console's proxy understands: the cookie is what any client sends.
    expect(proxied).not.toMatch(/X-O2G/i);
  });

  it('write fetch for Node with the same choice of address', () => {
    expect(fetchSnippet(request, ORIGIN)).toContain(
      'await fetch("https://127.0.0.1:8743/api/rest/1.0/routing/forwardroute?loginName=oxe2002"',
    );
    const proxied = fetchSnippet(request, ORIGIN, 'proxy');
    expect(proxied).toContain(`await fetch(${JSON.stringify(`${ORIGIN}${PROXIED}`)}`);
    expect(proxied).toContain('Cookie: `AlcUserId=${process.env.O2G_CREDENTIAL}`');
  });
});
