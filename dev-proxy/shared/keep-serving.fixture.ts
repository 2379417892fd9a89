// A child process for keep-serving.test.ts: a server behind the safety net, then a rejection nobody
// handles, carrying a secret. The test checks the server still answers and the secret was not logged.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { keepServingOnUnhandledRejection } from './keep-serving';

keepServingOnUnhandledRejection();
const server = createServer((request, response) => {
  if (request.url === '/reject') {
    void Promise.reject(new Error('upstream said no; password=Pw-S3cret AlcUserId=eyJh.eyJz.sig'));
  }
  response.end('alive');
});
server.listen(0, '127.0.0.1', () => {
  console.log(`port ${(server.address() as AddressInfo).port}`);
});
