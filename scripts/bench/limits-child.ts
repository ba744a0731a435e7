// One analysis in a fresh process, for an honest peak-memory figure: the parent writes the
// message and its DNS zone to files, this process reads them, analyses once and prints JSON.
// A heap delta inside the bench process says little (a collection in between makes it negative);
// the peak resident size of a process that did nothing else does not lie.
import { readFileSync } from 'node:fs';
import { analyzeMessage } from '../../lib/analyze';
import { ZoneResolver } from '../../lib/dns';

const [messageFile, zoneFile, authservId] = process.argv.slice(2);
if (!messageFile || !zoneFile || !authservId)
  throw new Error('usage: limits-child <message> <zone.json> <authserv-id>');
// A Buffer is a Uint8Array: no second copy of the message before the measurement starts.
const bytes: Uint8Array = readFileSync(messageFile);
const zone = ZoneResolver.fromJson(JSON.parse(readFileSync(zoneFile, 'utf8')));
(globalThis as { gc?: () => void }).gc?.();
const rssBefore = process.memoryUsage().rss;
const peakBefore = process.resourceUsage().maxRSS * 1024;
const analysis = await analyzeMessage(bytes, { resolver: zone, trustedAuthservIds: [authservId] });
const peakAfter = process.resourceUsage().maxRSS * 1024;
process.stdout.write(`${JSON.stringify({ rssBefore, peakBefore, peakAfter, verdict: analysis.verdict })}\n`);
