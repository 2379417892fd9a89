// `proxy` on the command line: options and environment in, a listening proxy and a short notice out.
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { batchedLog } from '../shared/batched-log';
import { DEFAULT_ALLOW_ORIGINS } from './create-proxy';
import { parseTargetOrigin } from './targets';
import { prefixOf } from './url-mapping';
import { startProxy, type RunningProxy } from './start';

export const PROXY_USAGE = `usage: proxy --target <origin>[,<origin>...] [options]

  --target <origins>       O2G origins to forward to, e.g. https://o2g.example.com (env O2G_TARGETS)
  --port <port>            port to listen on (default 8787)
  --host <host>            interface to listen on (default 127.0.0.1)
  --allow-origin <list>    browser origins allowed cross-origin (env O2G_ALLOW_ORIGINS;
                           default ${DEFAULT_ALLOW_ORIGINS.join(',')})
  --ca <file>              PEM file of a CA to trust for https targets (a lab's own CA)
  --insecure               accept any certificate from the targets (only for a lab you trust)
  --session-idle <seconds> end a console session no tab has used for this long (default 120,
                           env O2G_SESSION_IDLE)
`;

/** Where the CLI talks; tests pass their own. */
export interface ProxyCliIo {
  env: Record<string, string | undefined>;
  out(line: string): void;
  err(line: string): void;
  exit(code: number): void;
}

const defaultIo: ProxyCliIo = {
  env: process.env,
  out: (line) => console.log(line),
  err: (line) => console.error(line),
  exit: (code) => process.exit(code),
};

class UsageError extends Error {}

/**
 * Runs the proxy from command-line arguments. Bad options print why and the usage, and exit with 2
 * (the promise then resolves to undefined). Otherwise prints what it serves and forwards to.
 */
export async function runProxyCli(
  argv: string[],
  io: ProxyCliIo = defaultIo,
): Promise<RunningProxy | undefined> {
  let options: Parameters<typeof startProxy>[0];
  try {
    // Request lines are batched: one write per event-loop turn instead of one per request.
    options = readOptions(
      argv,
      io.env,
      batchedLog((text) => io.out(text)),
    );
  } catch (error) {
    const usage =
      error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    if (!usage) throw error;
    io.err(`${(error as Error).message}\n\n${PROXY_USAGE}`);
    io.exit(2);
    return undefined;
  }
  const proxy = await startProxy(options);
  io.out(`O2G proxy: ${proxy.url}`);
  const transparent = options.targets.length === 1;
  for (const target of options.targets) {
    const at = transparent
      ? `${proxy.url}/ and ${proxy.url}${prefixOf(target)}/`
      : `${proxy.url}${prefixOf(target)}/`;
    io.out(`  forwards ${at} to ${target}`);
  }
  if (options.insecure === true) io.out('  upstream certificates are NOT checked (--insecure)');
  return proxy;
}

function readOptions(
  argv: string[],
  env: Record<string, string | undefined>,
  log: (line: string) => void,
): Parameters<typeof startProxy>[0] {
  const { values } = parseArgs({
    args: argv,
    options: {
      host: { type: 'string', default: '127.0.0.1' },
      port: { type: 'string', default: '8787' },
      target: { type: 'string' },
      'allow-origin': { type: 'string' },
      ca: { type: 'string' },
      insecure: { type: 'boolean', default: false },
      'session-idle': { type: 'string' },
    },
  });
  const port = Number(values.port);
  if (!/^\d+$/.test(values.port) || port > 65535) throw new UsageError(`--port: not a port: ${values.port}`);
  const targets = list(values.target ?? env.O2G_TARGETS);
  if (targets.length === 0) throw new UsageError('give at least one --target (or O2G_TARGETS)');
  for (const target of targets) {
    try {
      parseTargetOrigin(target);
    } catch (error) {
      throw new UsageError(`--target: ${(error as Error).message}`);
    }
  }
  if (values.ca !== undefined && !isPemFile(values.ca)) {
    throw new UsageError(`--ca: ${values.ca} is not a readable PEM certificate file`);
  }
  const allowOrigins = list(values['allow-origin'] ?? env.O2G_ALLOW_ORIGINS);
  const sessionIdleMs = sessionIdleOf(values['session-idle'] ?? env.O2G_SESSION_IDLE);
  return {
    ...(sessionIdleMs !== undefined ? { sessionIdleMs } : {}),
    host: values.host,
    port,
    targets,
    ...(allowOrigins.length > 0 ? { allowOrigins } : {}),
    ...(values.ca !== undefined ? { ca: values.ca } : {}),
    insecure: values.insecure,
    log,
  };
}

/** `--session-idle` in seconds (decimals allowed, for tests), as ms; undefined for the default. */
function sessionIdleOf(text: string | undefined): number | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  const seconds = Number(text);
  if (!/^\d+(\.\d+)?$/.test(text.trim()) || !(seconds > 0) || seconds > 86_400) {
    throw new UsageError(`--session-idle: not a number of seconds between 0 and 86400: ${text}`);
  }
  return Math.round(seconds * 1000);
}

function list(text: string | undefined): string[] {
  return (text ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

function isPemFile(file: string): boolean {
  try {
    return existsSync(file) && readFileSync(file, 'utf8').includes('-----BEGIN CERTIFICATE-----');
  } catch {
    return false;
  }
}
