// The console server sends files as they are on disk. Compressing them once, at build time, costs nothing
// per request and lets it answer `Accept-Encoding: br, gzip` with the smaller file (the sign-in page's JS
// is about a quarter of its size in gzip).
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

const COMPRESSIBLE = /\.(?:js|css|html|svg|json)$/;
/** Below this, compression saves less than a packet. */
const MIN_BYTES = 1024;

/** Vite plugin: writes `name.gz` and `name.br` next to every compressible output file. */
export function precompress(): Plugin {
  let outDir = 'dist';
  return {
    name: 'o2g-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    writeBundle(_options, bundle) {
      for (const [fileName, output] of Object.entries(bundle)) {
        if (!COMPRESSIBLE.test(fileName)) continue;
        const content = output.type === 'chunk' ? output.code : output.source;
        const bytes = typeof content === 'string' ? Buffer.from(content) : Buffer.from(content);
        if (bytes.length < MIN_BYTES) continue;
        const path = join(outDir, fileName);
        writeFileSync(`${path}.gz`, gzipSync(bytes, { level: 9 }));
        writeFileSync(
          `${path}.br`,
          brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 10 } }),
        );
      }
    },
  };
}
