// The dev tools' command line: `start` (console + embedded lab + proxy), and each part on its own.
import { parseArgs } from 'node:util';
import { serveConsole } from './console/serve-console';

const USAGE = `usage: tsx dev-proxy/main.ts <command> [options]

commands:
  start     the console in Vite's dev server (options: --host, --port)
`;

async function start(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      host: { type: 'string', default: process.env.O2G_CONSOLE_HOST ?? '127.0.0.1' },
      port: { type: 'string', default: process.env.O2G_CONSOLE_PORT ?? '5173' },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError(`--port: not a port: ${values.port}`);
  const consoleServer = await serveConsole({ host: values.host, port, proxyUrl: 'http://127.0.0.1:8787' });
  console.log(`O2G Console: ${consoleServer.url}`);
  stopOnSignal(() => consoleServer.close());
}

class UsageError extends Error {}

function stopOnSignal(stop: () => Promise<void>) {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      void stop().finally(() => process.exit(0));
    });
  }
}

const [command, ...rest] = process.argv.slice(2);
const commands: Record<string, (argv: string[]) => Promise<void>> = { start };
const run = command ? commands[command] : undefined;
if (!run) {
  console.error(USAGE);
  process.exit(2);
}
run(rest).catch((error: unknown) => {
  const usage =
    error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
  console.error(usage ? `${(error as Error).message}\n\n${USAGE}` : error);
  process.exit(usage ? 2 : 1);
});
