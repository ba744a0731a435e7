// The IP data's files (public/ip/, copied by WXT to /ip/ in the package), fetched from the extension
// itself. The index (2 KB) is fetched by /worker-core.js (lib/ext/worker-engine.ts) the moment a
// message arrives, before the engine's script is evaluated, so the two overlap; the engine takes
// that promise from the global object (./worker-globals.ts) and fetches the shards a message needs
// itself (./worker-relay.ts), keeping them for the worker's life.
import { IP_INDEX_FILE } from '../relay/ip-format';
import { IP_BYTES_GLOBAL as KEY } from './worker-globals';

type Scope = typeof globalThis & { [KEY]?: Promise<ArrayBuffer> };

/** One file of the IP data from the package (`index.bin`, `v4-007.bin` …). */
export async function fetchIpFile(name: string): Promise<ArrayBuffer> {
  const res = await fetch(new URL(`/ip/${name}`, self.location.origin));
  if (!res.ok) throw new Error(`HTTP ${res.status} for /ip/${name}`);
  // Through a Blob: in Chromium's worker that read the old 10 MB file in 1.3–1.9 s where
  // res.arrayBuffer() took 2.5–3.0 s (same run, a heavily loaded 2-core machine).
  return (await res.blob()).arrayBuffer();
}

/** Starts the fetch of the index if none is under way (shared through the global object by both scripts). */
export function prefetchIpTables(): void {
  const scope = globalThis as Scope;
  if (scope[KEY]) return;
  const p = fetchIpFile(IP_INDEX_FILE);
  // A failed fetch is not kept: the next message tries again.
  p.catch(() => {
    if (scope[KEY] === p) delete scope[KEY];
  });
  scope[KEY] = p;
}
