// Manual runs: npx tsx dev-proxy/sim/main.ts [options]. Stops cleanly on Ctrl-C.
import { runSimCli } from './cli';

const outcome = await runSimCli(process.argv.slice(2));
if (outcome.sim) {
  const { sim } = outcome;
  const stop = () => void sim.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} else {
  process.exitCode = outcome.exitCode;
}
