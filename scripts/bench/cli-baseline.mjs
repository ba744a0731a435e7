// The baseline of the bench row "one-message `inspect` process vs a minimal mailauth
// authenticate() script, same zone" (scripts/bench/cli.ts): mailauth's own authenticate() on the
// same message, with DNS from the same zone file, in a process of its own. Plain JavaScript, run
// by node itself, as a user of mailauth would write it.
//   node cli-baseline.mjs MESSAGE ZONE.json IP HELO SENDER AUTHSERV-ID
import { readFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';

// mailauth's package root loads undici for BIMI, which throws on Node 20 (markAsUncloneable is not
// a function). BIMI is not asked for here (the zone has no BIMI record): a stand-in with the two
// names BIMI takes from it lets authenticate() load, and only makes this baseline lighter than it
// would be where undici loads.
const undici = {
  Agent: class {},
  fetch: async () => {
    throw new Error('no network in the bench');
  },
};
const load = Module._load;
Module._load = function (request, ...rest) {
  if (request === 'undici') return undici;
  return load.call(this, request, ...rest);
};
const { authenticate } = createRequire(import.meta.url)('mailauth');

const [messageFile, zoneFile, ip, helo, sender, mta] = process.argv.slice(2);
const zone = JSON.parse(readFileSync(zoneFile, 'utf8'));
const fail = (code) => Object.assign(new Error(code), { code });
const resolver = async (name, type) => {
  const entry = zone[name.toLowerCase().replace(/\.$/, '')];
  if (!entry) throw fail('ENOTFOUND');
  const answers = entry[type];
  if (!answers) throw fail('ENODATA');
  return type === 'TXT' ? answers.map((t) => [t]) : answers;
};
const result = await authenticate(readFileSync(messageFile), { ip, helo, sender, resolver, mta });
process.stdout.write(`${JSON.stringify({ dmarc: result.dmarc?.status?.result ?? null })}\n`);
