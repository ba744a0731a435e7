// One fresh process's "IP tables ready" (scripts/bench-classify.ts runs it, alternating formats):
// from nothing to the answer of the first lookup of an address, as the CLI does at start. Prints
// the milliseconds. The modules are imported before the clock starts, for both formats.
//   shards: read index.bin, open the classifier, classify the address (which reads the one
//           segment shard and the one ASN chunk it needs: lib/relay/tables.ts)
//   3:      read the whole single-file asn.bin, lay the views, open the classifier, classify
//           (the format-3 path this replaced: scripts/ip-format-v3.ts, test/helpers/classify-v3.ts)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseIp } from '../../lib/relay/address';
import { createClassifier } from '../../lib/relay/classify';
import { readIpTables } from '../../lib/relay/tables';
import { createClassifierV3 } from '../../test/helpers/classify-v3';
import { readIpTablesV3 } from '../ip-format-v3';
import { nodeIpSource } from '../ip-tables-node';

const [format, path, address] = process.argv.slice(2);
const ip = parseIp(address!)!;
const start = performance.now();
let asn: number | null;
if (format === 'shards') {
  const classify = createClassifier(
    readIpTables(readFileSync(join(path!, 'index.bin')), nodeIpSource(path!)),
  );
  asn = classify.classifyParsed(ip).asn;
} else {
  asn = createClassifierV3(readIpTablesV3(readFileSync(path!)))(ip).asn;
}
const ms = performance.now() - start;
process.stdout.write(`${ms} ${asn}\n`);
