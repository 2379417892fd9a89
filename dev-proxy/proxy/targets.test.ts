import { describe, expect, it } from 'vitest';
import { DISCOVERY, parseTargetOrigin, UpstreamAllowList } from './targets';

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
    expect(list.learn(new URL('http://127.0.0.1:8014/OTEvents'), 'session-a')).toBe(true);
    expect(list.allows('http://127.0.0.1:8014')).toBe(true);
    expect(list.learn(new URL('https://127.0.0.1:8016/x'), DISCOVERY)).toBe(true);
    expect(list.learn(new URL('http://localhost:8014/x'), 'session-a')).toBe(false);
    expect(list.learn(new URL('http://169.254.169.254/latest/meta-data'), 'session-a')).toBe(false);
    expect(list.allows('http://169.254.169.254')).toBe(false);
    expect(list.allows('http://127.0.0.1:9999')).toBe(false);
  });

  it('forgets what a session taught when it ends, and keeps what discovery or another session taught', () => {
    const list = new UpstreamAllowList(['http://127.0.0.1:8080']);
    list.learn(new URL('http://127.0.0.1:8014/OTEvents'), 'session-a');
    list.learn(new URL('http://127.0.0.1:8016/OTEvents'), 'session-a');
    list.learn(new URL('http://127.0.0.1:8016/OTEvents'), 'session-b');
    list.learn(new URL('http://127.0.0.1:80/api/rest'), DISCOVERY);
    list.forget('session-a');
    expect(list.allows('http://127.0.0.1:8014')).toBe(false);
    expect(list.allows('http://127.0.0.1:8016')).toBe(true);
    expect(list.allows('http://127.0.0.1')).toBe(true);
    list.forget('session-b');
    expect(list.allows('http://127.0.0.1:8016')).toBe(false);
    expect(list.allows('http://127.0.0.1:8080')).toBe(true);
    expect(list.learnedCount).toBe(1);
  });

  it('asks who the owner is only when it learns an origin, and files the origin under that owner', () => {
    const list = new UpstreamAllowList(['http://127.0.0.1:8080']);
    const asked: string[] = [];
    const owner = (key: string) => () => {
      asked.push(key);
      return key;
    };
    expect(list.learn(new URL('http://127.0.0.1:8080/api/rest/1.0'), owner('configured'))).toBe(true);
    expect(list.learn(new URL('http://10.0.0.9:8014/x'), owner('elsewhere'))).toBe(false);
    expect(asked).toEqual([]);
    expect(list.learn(new URL('http://127.0.0.1:8014/OTEvents'), owner('session-a'))).toBe(true);
    expect(asked).toEqual(['session-a']);
    list.forget('session-a');
    expect(list.allows('http://127.0.0.1:8014')).toBe(false);
  });
});
