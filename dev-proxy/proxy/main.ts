// Runs the proxy on its own: `npx tsx dev-proxy/proxy/main.ts --target http://127.0.0.1:8080`.
import { keepServingOnUnhandledRejection } from '../shared/keep-serving';
import { runProxyCli } from './cli';

keepServingOnUnhandledRejection();

const proxy = await runProxyCli(process.argv.slice(2));
if (proxy) {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      void proxy.close().finally(() => process.exit(0));
    });
  }
}
