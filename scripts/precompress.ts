// Writes a brotli (.br) and a gzip (.gz) copy beside each text asset of a build, so the server
// sends compressed bytes without compressing on every request (@fastify/static `preCompressed`).
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Types worth compressing: text. Images and fonts in the build are compressed already. */
const COMPRESSIBLE = new Set(['.js', '.css', '.html', '.svg', '.json', '.webmanifest', '.txt']);
/** Below this a compressed copy saves less than the headers it adds. */
export const MIN_COMPRESSED_BYTES = 1024;

export interface PrecompressSummary {
  files: number;
  originalBytes: number;
  brotliBytes: number;
  gzipBytes: number;
}

function filesUnder(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

/** Compresses every text asset of `directory` of at least MIN_COMPRESSED_BYTES, in place. */
export function precompressDirectory(directory: string): PrecompressSummary {
  const summary = { files: 0, originalBytes: 0, brotliBytes: 0, gzipBytes: 0 };
  for (const path of filesUnder(directory)) {
    if (!COMPRESSIBLE.has(extname(path)) || statSync(path).size < MIN_COMPRESSED_BYTES) continue;
    const bytes = readFileSync(path);
    const brotli = brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    });
    const gzip = gzipSync(bytes, { level: constants.Z_BEST_COMPRESSION });
    writeFileSync(`${path}.br`, brotli);
    writeFileSync(`${path}.gz`, gzip);
    summary.files += 1;
    summary.originalBytes += bytes.length;
    summary.brotliBytes += brotli.length;
    summary.gzipBytes += gzip.length;
  }
  return summary;
}
