// The dev tools' command line: `start` (console + embedded lab + proxy), `sim` and `proxy` on their own.
import { runProxyCli } from './proxy/cli';
import { keepServingOnUnhandledRejection } from './shared/keep-serving';
import { runSimCli } from './sim/cli';
import { runStart, START_USAGE, StartUsageError } from './start-all';

// The lab, the proxy and the console share this process: one forgotten rejection must not end all three.
keepServingOnUnhandledRejection();

const USAGE = `usage: tsx dev-proxy/main.ts <start|sim|proxy> [options]   (--help after a command for its options)`;

interface Running {
  close: () => Promise<void>;
}

async function start(argv: string[]): Promise<Running | undefined> {
  if (argv.includes('--help')) {
    console.log(START_USAGE);
    return undefined;
  }
  try {
    return await runStart(argv);
  } catch (error) {
    const usage =
      error instanceof StartUsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    if (!usage) throw error;
    console.error(`${(error as Error).message}\n\n${START_USAGE}`);
    process.exitCode = 2;
    return undefined;
  }
}

async function sim(argv: string[]): Promise<Running | undefined> {
  const outcome = await runSimCli(argv);
  if (!outcome.sim) process.exitCode = outcome.exitCode;
  return outcome.sim;
}

const commands: Record<string, (argv: string[]) => Promise<Running | undefined>> = {
  start,
  sim,
  proxy: (argv) => runProxyCli(argv),
};

const [command, ...rest] = process.argv.slice(2);
const run = command === undefined ? undefined : commands[command];
if (!run) {
  console.error(USAGE);
  process.exit(2);
}
try {
  const running = await run(rest);
  if (running) {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.once(signal, () => void running.close().finally(() => process.exit(0)));
    }
  }
} catch (error) {
  // A port in use is the usual start failure: say which, without a stack.
  const code = (error as { code?: string }).code;
  console.error(code === 'EADDRINUSE' ? `A port is already in use: ${(error as Error).message}` : error);
  process.exit(1);
}
