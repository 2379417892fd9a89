import { readFileSync } from 'node:fs';
import { generate } from 'selfsigned';

/** A PEM key and certificate for the HTTPS listener. */
export interface TlsMaterial {
  key: string;
  cert: string;
}

/** Reads a key and certificate from PEM files. */
export function readTlsFiles(keyFile: string, certFile: string): TlsMaterial {
  return { key: readFileSync(keyFile, 'utf8'), cert: readFileSync(certFile, 'utf8') };
}

/**
 * Makes a throw-away self-signed certificate at start, valid for the loopback names and the host the
 * simulator listens on. SDKs accept it once told to allow self-signed certificates. EC keys make it fast.
 */
export async function selfSignedCertificate(host: string): Promise<TlsMaterial> {
  const isIp = /^[0-9.]+$/.test(host) || host.includes(':');
  const altNames: { type: 2 | 7; value?: string; ip?: string }[] = [
    { type: 2, value: 'localhost' },
    { type: 7, ip: '127.0.0.1' },
    { type: 7, ip: '::1' },
  ];
  if (!['localhost', '127.0.0.1', '::1', '0.0.0.0', '::'].includes(host)) {
    altNames.push(isIp ? { type: 7, ip: host } : { type: 2, value: host });
  }
  const notAfter = new Date();
  notAfter.setFullYear(notAfter.getFullYear() + 1);
  const pems = await generate([{ name: 'commonName', value: isIp ? 'localhost' : host }], {
    keyType: 'ec',
    algorithm: 'sha256',
    notAfterDate: notAfter,
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      { name: 'subjectAltName', altNames },
    ],
  });
  return { key: pems.private, cert: pems.cert };
}
