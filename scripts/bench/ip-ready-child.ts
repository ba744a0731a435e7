// One fresh process's "IP tables ready" (scripts/bench-classify.ts runs it, alternating formats):
// from nothing to the answer of the first lookup of an address (its AS number and organisation), as
// the CLI needs at start. Prints the milliseconds and the AS number. The modules are imported
// before the clock starts, for both formats; building the classifier's curated ESP ranges (the same
// for both, 2–9 ms on a loaded machine) is not part of the IP tables and is left out of both.
//   shards: read index.bin, look up (which reads the one segment shard and the one ASN chunk it
//           needs: lib/relay/tables.ts)
//   3:      read the whole single-file asn.bin, lay the views, look up (the format-3 path this
//           replaced: scripts/ip-format-v3.ts)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseIp } from '../../lib/relay/address';
import { asnOfIndex, lookupAsnIndex, readIpTables } from '../../lib/relay/tables';
import { asnOfIndexV3, lookupAsnIndexV3, readIpTablesV3 } from '../ip-format-v3';
import { nodeIpSource } from '../ip-tables-node';

const [format, path, address] = process.argv.slice(2);
const ip = parseIp(address!)!;
const start = performance.now();
let asn: number | null = null;
if (format === 'shards') {
  const t = readIpTables(readFileSync(join(path!, 'index.bin')), nodeIpSource(path!));
  const idx = lookupAsnIndex(t, ip);
  if (idx >= 0) asn = asnOfIndex(t, idx)!.asn;
} else {
  const t = readIpTablesV3(readFileSync(path!));
  const idx = lookupAsnIndexV3(t, ip);
  if (idx >= 0) asn = asnOfIndexV3(t, idx).asn;
}
const ms = performance.now() - start;
process.stdout.write(`${ms} ${asn}\n`);
