import { describe, expect, it } from 'vitest';
import { parseTargetOrigin, UpstreamAllowList } from './targets';

describe('targets', () => {
  it('accepts bare http(s) origins and normalizes them', () => {
    expect(parseTargetOrigin('http://127.0.0.1:8080/')).toBe('http://127.0.0.1:8080');
    expect(parseTargetOrigin('https://O2G.example.com:443')).toBe('https://o2g.example.com');
  });

  it('rejects anything that is not an origin', () => {
    expect(() => parseTargetOrigin('o2g.example.com')).toThrow(/not a URL/);
    expect(() => parseTargetOrigin('ftp://o2g.example.com')).toThrow(/http/);
    expect(() => parseTargetOrigin('http://o2g.example.com/api/rest')).toThrow(/origin only/);
    expect(() => parseTargetOrigin('http://u:p@o2g.example.com')).toThrow(/login/);
    expect(() => new UpstreamAllowList([])).toThrow(/at least one/);
  });

  it('learns other ports and schemes of a target host only', () => {
    const list = new UpstreamAllowList(['http://127.0.0.1:8080']);
    expect(list.allows('http://127.0.0.1:9999')).toBe(false);
    expect(list.learn(new URL('http://127.0.0.1:8014/OTEvents'))).toBe(true);
    expect(list.allows('http://127.0.0.1:8014')).toBe(true);
    expect(list.learn(new URL('https://127.0.0.1:8016/x'))).toBe(true);
    expect(list.learn(new URL('http://localhost:8014/x'))).toBe(false);
    expect(list.learn(new URL('http://169.254.169.254/latest/meta-data'))).toBe(false);
    expect(list.allows('http://169.254.169.254')).toBe(false);
    expect(list.allows('http://127.0.0.1:9999')).toBe(false);
  });

  it('knows the event channel by its learned URL or the /OTEvents path', () => {
    const list = new UpstreamAllowList(['http://127.0.0.1:8080']);
    expect(list.isEventChannel(new URL('http://127.0.0.1:8080/api/rest/1.0/sessions'))).toBe(false);
    expect(list.isEventChannel(new URL('http://127.0.0.1:8014/OTEvents?subscriptionId=x'))).toBe(true);
    list.noteEventChannel(new URL('http://127.0.0.1:8080/events/abc?subscriptionId=x'));
    expect(list.isEventChannel(new URL('http://127.0.0.1:8080/events/abc?subscriptionId=y'))).toBe(true);
  });
});
