// One fresh process's "IP tables ready" (scripts/bench-classify.ts runs it, alternating formats):
// read the file and make the tables usable, as the CLI does at start. Prints the milliseconds.
//   format 3: read + views over the bytes (lib/relay/tables.ts)
//   format 2: read + gunzip (node:zlib) + decode (the reader this replaced, test/helpers/)
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { readIpTables } from '../../lib/relay/tables';
import { decodeIpTablesV2 } from '../../test/helpers/ip-format-v2';

const [format, path] = process.argv.slice(2);
const start = performance.now();
const bytes = readFileSync(path!);
const tables = format === '3' ? readIpTables(bytes) : decodeIpTablesV2(gunzipSync(bytes));
const ms = performance.now() - start;
if (tables.v4Starts.length === 0) throw new Error('no tables');
process.stdout.write(`${ms}\n`);
