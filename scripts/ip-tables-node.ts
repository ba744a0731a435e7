// Node loader for the IP data (CLI, tests, benchmark). lib/ stays free of Node built-ins: this file
// reads the files from disk and hands them to the pure reader. Only the index is read up front;
// each shard is read from disk the first time a lookup needs it (synchronously: a few hundred
// microseconds for ~64 KB, so the CLI needs no prepare step, though analyses still call it).
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { IP_INDEX_FILE } from '../lib/relay/ip-format';
import { type IpFileSource, type IpTables, readIpTables } from '../lib/relay/tables';

/** The data as the extension ships it (public/ip/, copied to the package root by WXT). */
export const IP_DATA_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'public', 'ip');

/** Reads the files of `dir`; shard names come from the index, never from input. */
export function nodeIpSource(dir: string = IP_DATA_DIR): IpFileSource {
  return {
    read: (name) => readFile(join(dir, name)),
    readSync: (name) => readFileSync(join(dir, name)),
  };
}

let cached: Promise<IpTables> | null = null;

/** Opens public/ip/ once per process. Rejects with a clear message if it is missing or unreadable. */
export function loadIpTablesFromDisk(dir: string = IP_DATA_DIR): Promise<IpTables> {
  if (dir === IP_DATA_DIR && cached) return cached;
  const p = (async () => {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(join(dir, IP_INDEX_FILE));
    } catch {
      throw new Error(`IP data not found at ${dir}: run \`npm run ipdata\` to generate it`);
    }
    try {
      return readIpTables(bytes, nodeIpSource(dir));
    } catch (e) {
      throw new Error(
        `IP data could not be read: ${(e as Error).message} (${dir}): run \`npm run ipdata\` to regenerate it`,
      );
    }
  })();
  if (dir === IP_DATA_DIR) cached = p;
  return p;
}
