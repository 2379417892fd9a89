import { describe, expect, it } from 'vitest';
import { parseSimCli } from './cli-options';
import { runSimCli, type SimCliIo } from './cli';

function captureIo(env: Record<string, string | undefined> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: SimCliIo = { env, out: (line) => out.push(line), err: (line) => err.push(line) };
  return { io, out, err };
}

describe('simulator command line', () => {
  it('uses the documented defaults', () => {
    expect(parseSimCli([], {})).toEqual({
      help: false,
      options: { host: '127.0.0.1', httpPort: 8780, httpsPort: 8743, controls: false },
    });
  });

  it('reads the environment for what the command line leaves out, and lets the command line win', () => {
    const env = {
      O2G_SIM_HTTP_PORT: '9000',
      O2G_SIM_HTTPS_PORT: '9001',
      O2G_SIM_PUBLIC_URL: 'https://lab.test/',
      O2G_SIM_CONTROLS: 'true',
      O2G_SIM_LAB: 'my-lab.json',
    };
    expect(parseSimCli(['--http-port', '0'], env)).toEqual({
      help: false,
      options: {
        host: '127.0.0.1',
        httpPort: 0,
        httpsPort: 9001,
        controls: true,
        publicUrl: 'https://lab.test',
        labFile: 'my-lab.json',
      },
    });
    expect(parseSimCli(['--controls', '--cert', 'c.pem', '--key', 'k.pem'], {})).toMatchObject({
      options: { controls: true, cert: 'c.pem', key: 'k.pem' },
    });
  });

  it('reads the web-hook hosts from the command line or the environment', () => {
    expect(parseSimCli(['--webhook-hosts', 'hooks.test, 10.0.0.5,[::2]'], {})).toMatchObject({
      options: { webHookHosts: ['hooks.test', '10.0.0.5', '[::2]'] },
    });
    expect(parseSimCli([], { O2G_SIM_WEBHOOK_HOSTS: 'app.lab.test' })).toMatchObject({
      options: { webHookHosts: ['app.lab.test'] },
    });
  });

  it.each([
    [['--http-port', 'abc'], /--http-port must be a port number/],
    [['--https-port', '70000'], /--https-port must be a port number/],
    [['--public-url', 'ftp://x'], /must start with http/],
    [['--cert', 'c.pem'], /--cert and --key go together/],
    [['--bogus'], /Unknown option '--bogus'/],
    [['--webhook-hosts', 'https://hooks.test/in'], /--webhook-hosts takes host names/],
  ])('refuses %j with a clear message and exit code 2', async (argv, message) => {
    const { io, out, err } = captureIo();
    expect(await runSimCli(argv, io)).toEqual({ exitCode: 2 });
    expect(err[0]).toMatch(message);
    expect(err.join('\n')).toContain('Usage: o2g-sim');
    expect(out).toEqual([]);
  });

  it('refuses a bad environment value the same way', async () => {
    const { io, err } = captureIo({ O2G_SIM_CONTROLS: 'maybe' });
    expect(await runSimCli([], io)).toEqual({ exitCode: 2 });
    expect(err[0]).toContain('O2G_SIM_CONTROLS must be true or false');
  });

  it('refuses a lab file that does not exist with exit code 2', async () => {
    const { io, err } = captureIo();
    expect(
      await runSimCli(['--http-port', '0', '--https-port', '0', '--lab', 'no-such-lab.json'], io),
    ).toEqual({ exitCode: 2 });
    expect(err[0]).toMatch(/cannot read lab file no-such-lab\.json/);
  });

  it('prints the help and exits with 0', async () => {
    const { io, out } = captureIo();
    expect(await runSimCli(['--help'], io)).toEqual({ exitCode: 0 });
    expect(out[0]).toContain('--https-port');
  });

  it('starts, prints the URLs it serves and the lab accounts', async () => {
    const { io, out } = captureIo();
    const outcome = await runSimCli(['--http-port', '0', '--https-port', '0'], io);
    try {
      expect(outcome.sim).toBeDefined();
      const printed = out.join('\n');
      expect(printed).toContain(`${outcome.sim?.httpsUrl}/api/rest`);
      expect(printed).toContain(`${outcome.sim?.httpUrl}/api/rest`);
      expect(printed).toContain('admin / admin');
      expect(printed).toMatch(/oxe2001 \/ 2001 +Alice Martin, extension 2001, voicemail on 1999/);
    } finally {
      await outcome.sim?.close();
    }
  });
});
