import { describe, expect, it } from 'vitest';
import { runProxyCli, type ProxyCliIo } from './cli';
import { startHttpUpstream } from './testing/upstreams';

function captureIo(env: Record<string, string> = {}) {
  const io = { out: [] as string[], err: [] as string[], exitCode: undefined as number | undefined };
  const cli: ProxyCliIo = {
    env,
    out: (line) => io.out.push(line),
    err: (line) => io.err.push(line),
    exit: (code) => {
      io.exitCode = code;
    },
  };
  return { io, cli };
}

describe('proxy command line', () => {
  it.each([
    [[], /at least one --target/],
    [['--target', 'o2g.example.com'], /--target: .*not a URL/],
    [['--target', 'ftp://o2g.example.com'], /--target: .*http/],
    [['--target', 'http://o2g.example.com/api'], /--target: .*origin only/],
    [['--target', 'http://a', '--port', 'x'], /--port/],
    [['--target', 'http://a', '--ca', '/nonexistent/ca.pem'], /--ca/],
    [['--target', 'http://a', '--bogus'], /bogus/],
  ])('exits with 2 and says why for %j', async (argv, why) => {
    const { io, cli } = captureIo();
    expect(await runProxyCli(argv, cli)).toBeUndefined();
    expect(io.exitCode).toBe(2);
    expect(io.err.join('\n')).toMatch(why);
    expect(io.err.join('\n')).toMatch(/usage: proxy/);
  });

  it('serves the targets from O2G_TARGETS and prints where it listens and forwards', async () => {
    const o2g = await startHttpUpstream();
    const { io, cli } = captureIo({ O2G_TARGETS: o2g.origin });
    const proxy = await runProxyCli(['--port', '0'], cli);
    try {
      expect(proxy).toBeDefined();
      expect(io.out[0]).toBe(`O2G proxy: ${proxy?.url}`);
      expect(io.out[1]).toContain(`to ${o2g.origin}`);
      expect(await (await fetch(`${proxy?.url}/x`)).text()).toBe('hit');
    } finally {
      await proxy?.close();
      await o2g.close();
    }
  });
});
