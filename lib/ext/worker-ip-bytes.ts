// The bytes of the bundled IP tables (assets/ip/asn.bin), fetched once per worker life. Apart from
// the classifier (lib/ext/worker-relay.ts, inside /engine.js) so that background.js can start the
// fetch the moment a message arrives, before the engine's script is evaluated: the two then overlap.
// The engine takes the promise from the global object (./worker-globals.ts), so the 10 MB file is
// emitted once, by background.js's build.
// `no-inline`: WXT builds the background in library mode, where Vite would otherwise inline the
// file as base64 into the script.
import asnTablesUrl from '../../assets/ip/asn.bin?url&no-inline';

import { IP_BYTES_GLOBAL as KEY } from './worker-globals';

type Scope = typeof globalThis & { [KEY]?: Promise<ArrayBuffer> };

async function fetchBytes(): Promise<ArrayBuffer> {
  const res = await fetch(new URL(asnTablesUrl, self.location.origin));
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  // Through a Blob: in Chromium's worker that read the 10 MB file in 1.3–1.9 s where
  // res.arrayBuffer() took 2.5–3.0 s (same run, a heavily loaded 2-core machine).
  return (await res.blob()).arrayBuffer();
}

/** Starts the fetch if none is under way (shared through the global object by both scripts). */
export function prefetchIpTables(): void {
  const scope = globalThis as Scope;
  if (scope[KEY]) return;
  const p = fetchBytes();
  // A failed fetch is not kept: the next message tries again.
  p.catch(() => {
    if (scope[KEY] === p) delete scope[KEY];
  });
  scope[KEY] = p;
}
