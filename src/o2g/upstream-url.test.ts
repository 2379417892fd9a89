import { describe, expect, it } from 'vitest';
import { upstreamUrl } from './upstream-url';

const ORIGIN = 'http://127.0.0.1:5173';

describe('upstreamUrl', () => {
  it.each([
    ['/o2g/https/o2g.example:443/api/rest?x=1', 'https://o2g.example:443/api/rest?x=1'],
    ['/o2g/http/127.0.0.1:8014/OTEvents?subscriptionId=7', 'http://127.0.0.1:8014/OTEvents?subscriptionId=7'],
    ['/o2g/https/[::1]:8443', 'https://[::1]:8443/'],
    ['/o2g/https/h:1?x', 'https://h:1/?x'],
    [
      'http://127.0.0.1:5173/o2g/https/127.0.0.1:8743/api/rest/1.0/sessions',
      'https://127.0.0.1:8743/api/rest/1.0/sessions',
    ],
    ['http://elsewhere:5173/o2g/https/h:1/x', 'http://elsewhere:5173/o2g/https/h:1/x'],
    ['/o2g/__targets', 'http://127.0.0.1:5173/o2g/__targets'],
    ['/o2g/ftp/h:1/x', 'http://127.0.0.1:5173/o2g/ftp/h:1/x'],
    ['https://elsewhere/x', 'https://elsewhere/x'],
  ])('%s → %s', (url, expected) => {
    expect(upstreamUrl(url, ORIGIN)).toBe(expected);
  });
});
