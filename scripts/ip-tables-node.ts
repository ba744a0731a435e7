// Node loader for the packed IP tables (CLI, tests, benchmark). lib/ stays free of Node built-ins:
// this file reads the bytes from disk and hands them to the pure decoder.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type IpTables, loadIpTables } from '../lib/relay/tables';

export const IP_DATA_PATH = join(dirname(fileURLToPath(import.meta.url)), '..', 'assets', 'ip', 'asn.bin');

let cached: Promise<IpTables> | null = null;

/** Loads assets/ip/asn.bin once per process. Rejects with a clear message if it is missing. */
export function loadIpTablesFromDisk(path: string = IP_DATA_PATH): Promise<IpTables> {
  if (path === IP_DATA_PATH && cached) return cached;
  const p = (async () => {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(path);
    } catch {
      throw new Error(`IP data not found at ${path}: run \`npm run ipdata\` to generate it`);
    }
    // Searched where it lies: the tables are views over these bytes (lib/relay/tables.ts).
    const r = await loadIpTables(bytes);
    if (!r.ok) throw new Error(`${r.error} (${path}): run \`npm run ipdata\` to regenerate it`);
    return r.tables;
  })();
  if (path === IP_DATA_PATH) cached = p;
  return p;
}
