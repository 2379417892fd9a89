import { parseArgs } from 'node:util';
import { normalizePublicUrl } from './http/o2g-urls';
import type { SimStartOptions } from './start';

/** A command line the simulator cannot run with; the CLI prints it with the usage and exits with 2. */
export class SimUsageError extends Error {
  override name = 'SimUsageError';
}

export const SIM_USAGE = `Usage: o2g-sim [options]   (each option can also come from the environment variable shown)
  --host <address>      interface to listen on          O2G_SIM_HOST        (default 127.0.0.1)
  --http-port <port>    HTTP port, 0 = any free port    O2G_SIM_HTTP_PORT   (default 8780)
  --https-port <port>   HTTPS port, 0 = any free port   O2G_SIM_HTTPS_PORT  (default 8743)
  --public-url <url>    origin of the URLs it returns   O2G_SIM_PUBLIC_URL  (default: the request's origin)
  --lab <file>          lab file (JSON)                 O2G_SIM_LAB         (default: the embedded lab)
  --cert <file>         HTTPS certificate (PEM)         O2G_SIM_CERT        (default: self-signed at start)
  --key <file>          HTTPS private key (PEM)         O2G_SIM_KEY
  --webhook-hosts <h,…> hosts web hooks may post to     O2G_SIM_WEBHOOK_HOSTS (default: loopback only)
  --controls            enable the test-only lab controls  O2G_SIM_CONTROLS (1/true/yes)
  --allow-origin <list> browser origins that may call the controls (comma-separated)  O2G_SIM_ALLOW_ORIGINS
  --help                print this help`;

const OPTIONS = {
  host: { type: 'string', env: 'O2G_SIM_HOST' },
  'http-port': { type: 'string', env: 'O2G_SIM_HTTP_PORT' },
  'https-port': { type: 'string', env: 'O2G_SIM_HTTPS_PORT' },
  'public-url': { type: 'string', env: 'O2G_SIM_PUBLIC_URL' },
  lab: { type: 'string', env: 'O2G_SIM_LAB' },
  cert: { type: 'string', env: 'O2G_SIM_CERT' },
  key: { type: 'string', env: 'O2G_SIM_KEY' },
  'webhook-hosts': { type: 'string', env: 'O2G_SIM_WEBHOOK_HOSTS' },
  controls: { type: 'boolean', env: 'O2G_SIM_CONTROLS' },
  'allow-origin': { type: 'string', env: 'O2G_SIM_ALLOW_ORIGINS' },
  help: { type: 'boolean', env: undefined },
} as const;

/** What the command line asks for: start options, or just the help. */
export type SimCliRequest = { help: true } | { help: false; options: SimStartOptions };

function port(name: string, text: string): number {
  const value = Number(text);
  if (!/^\d+$/.test(text) || value > 65535)
    throw new SimUsageError(`${name} must be a port number (0-65535), got "${text}"`);
  return value;
}

function flag(name: string, text: string): boolean {
  if (/^(1|true|yes|on)$/i.test(text)) return true;
  if (/^(0|false|no|off|)$/i.test(text)) return false;
  throw new SimUsageError(`${name} must be true or false, got "${text}"`);
}

// Host names only: a scheme, port or path would suggest a finer rule than the host check the lab applies.
function webHookHosts(text: string): string[] {
  const hosts = text
    .split(',')
    .map((host) => host.trim())
    .filter((host) => host !== '');
  const bad = hosts.find((host) => !/^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)$/i.test(host));
  if (bad !== undefined) throw new SimUsageError(`--webhook-hosts takes host names, got "${bad}"`);
  return hosts;
}

/** Reads the command line, then the environment for what it leaves out; throws SimUsageError when wrong. */
export function parseSimCli(argv: readonly string[], env: Record<string, string | undefined>): SimCliRequest {
  let values: Record<string, string | boolean | undefined>;
  try {
    const options = Object.fromEntries(Object.entries(OPTIONS).map(([name, { type }]) => [name, { type }]));
    ({ values } = parseArgs({ args: [...argv], options, strict: true, allowPositionals: false }));
  } catch (error) {
    throw new SimUsageError((error as Error).message);
  }
  if (values.help === true) return { help: true };
  const text = (name: keyof typeof OPTIONS): string | undefined => {
    const given = values[name];
    if (typeof given === 'string') return given;
    const envName = OPTIONS[name].env;
    return envName === undefined ? undefined : env[envName];
  };

  const options: SimStartOptions = {
    host: text('host') ?? '127.0.0.1',
    httpPort: port('--http-port', text('http-port') ?? '8780'),
    httpsPort: port('--https-port', text('https-port') ?? '8743'),
    controls: values.controls === true || flag('O2G_SIM_CONTROLS', env.O2G_SIM_CONTROLS ?? ''),
  };
  const publicUrl = text('public-url');
  if (publicUrl !== undefined && publicUrl !== '') {
    try {
      options.publicUrl = normalizePublicUrl(publicUrl);
    } catch (error) {
      throw new SimUsageError(`--public-url: ${(error as Error).message}`);
    }
  }
  const allowOrigins = (text('allow-origin') ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
  for (const origin of allowOrigins) {
    if (!/^https?:\/\/[^/?#\s]+$/i.test(origin))
      throw new SimUsageError(`--allow-origin: "${origin}" is not an origin like http://localhost:5173`);
  }
  if (allowOrigins.length > 0) options.allowOrigins = allowOrigins;
  const [lab, cert, key] = [text('lab'), text('cert'), text('key')].map((v) => (v === '' ? undefined : v));
  if (lab !== undefined) options.labFile = lab;
  if ((cert === undefined) !== (key === undefined)) throw new SimUsageError('--cert and --key go together');
  if (cert !== undefined && key !== undefined) Object.assign(options, { cert, key });
  const hooks = text('webhook-hosts');
  if (hooks !== undefined && hooks.trim() !== '') options.webHookHosts = webHookHosts(hooks);
  if (options.host === '') throw new SimUsageError('--host must not be empty');
  return { help: false, options };
}
