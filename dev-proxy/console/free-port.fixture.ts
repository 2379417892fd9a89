// For the console's server tests: a loopback port nothing listens on right now (Vite's preview will
// not listen on port 0, and a port freed again stands for a dev proxy that is down).
import { createServer, type AddressInfo } from 'node:net';

/** A free loopback port, released before it is returned. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
