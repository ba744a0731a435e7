import { availableParallelism } from 'node:os';
import { analyzeMessage } from '../analyze';
import { attachedBy } from '../attached';
import { CachingResolver } from '../dns';
import { parseCidr } from '../message/ip';
import { type ReportFormat, renderReport } from '../report';
import { profileText } from '../report/model';
import type { AnalyzeOptions } from '../types';
import { isWebmailChoice, type WebmailChoice } from '../webmail/profiles';
import { parseApprovals } from './approve-for';
import { attachedMessages, cutOff } from './batch/attached';
import { type FailOn, runBatch } from './batch/run';
import type { BatchFormat, BatchSettings } from './batch/settings';
import { expandInputs, isDirectory, type MessageSource, problemText } from './batch/sources';
import { analysisClock, notAMessage, resolverFrom } from './io';
import { loadClassifier } from './ip-data';
import { useLangOption } from './lang';
import { openMemoryFile, saveMemoryFile } from './memory-file';
import { hostedGatewayWarnings, hosterZoneGatewayWarnings, parseTrustedGateways } from './trust-gateway';
import { parseOptions, UsageError } from './usage';

const FORMATS: ReportFormat[] = ['md', 'text', 'json'];

export async function runInspect(args: string[]): Promise<number> {
  const { values, positionals } = parseOptions(args, {
    json: { type: 'boolean' },
    report: { type: 'string' },
    redact: { type: 'boolean' },
    'dns-zone': { type: 'string' },
    offline: { type: 'boolean' },
    'authserv-id': { type: 'string', multiple: true },
    doh: { type: 'string' },
    approve: { type: 'string', multiple: true },
    'approve-for': { type: 'string', multiple: true },
    'recipient-domain': { type: 'string', multiple: true },
    'nat-address': { type: 'string', multiple: true },
    'trust-forwarder': { type: 'string', multiple: true },
    webmail: { type: 'string' },
    'not-byte-exact': { type: 'boolean' },
    'trust-gateway': { type: 'string', multiple: true },
    lang: { type: 'string' },
    memory: { type: 'string' },
    csv: { type: 'boolean' },
    jobs: { type: 'string' },
    'fail-on': { type: 'string' },
    attached: { type: 'boolean' },
  });
  const lang = useLangOption(values.lang);
  if (positionals.length === 0)
    throw new UsageError(
      'inspect takes one file (or - for standard input), or several, a directory or an mbox',
      true,
    );
  const format = (values.json ? 'json' : (values.report ?? 'text')) as ReportFormat;
  if (!FORMATS.includes(format))
    throw new UsageError(`--report takes md, text or json, not "${values.report}"`);
  if (values.csv && (values.json || values.report))
    throw new UsageError(
      '--csv is an output format of its own: it cannot be combined with --json or --report',
    );
  if (values.offline && (values['dns-zone'] || values.doh)) {
    throw new UsageError('--offline asks no DNS: it cannot be combined with --dns-zone or --doh');
  }
  const asked = values.webmail;
  if (asked !== undefined && !isWebmailChoice(asked)) {
    throw new UsageError(`--webmail takes gmail, outlook, yahoo, auto or none, not "${asked}"`);
  }
  // `auto` unless told otherwise, as in the inspector: read with no profile, a message Exchange
  // Online delivered is judged from Microsoft's internal hop (2603:10b6:…) as if that were the
  // sender's server, and genuine Microsoft 365 mail came out "spoofed" (33 of the legitimate
  // corpus's messages when run without their options). Detection reads the topmost Received header
  // only, which no sender writes (lib/webmail/profile-detect.ts); a message no webmail delivered
  // is read with no profile, as before.
  const webmail: WebmailChoice = asked ?? 'auto';
  const failOn = values['fail-on'];
  if (failOn !== undefined && failOn !== 'spoofed' && failOn !== 'suspicious')
    throw new UsageError(`--fail-on takes spoofed or suspicious, not "${failOn}"`);
  const jobs = values.jobs === undefined ? availableParallelism() : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 256)
    throw new UsageError(`--jobs takes a whole number from 1 to 256, not "${values.jobs}"`);
  const trustedGateways = parseTrustedGateways(values['trust-gateway'] ?? []);
  for (const w of await hostedGatewayWarnings(trustedGateways?.networks ?? [], loadClassifier))
    process.stderr.write(`headerlens: warning: ${w}\n`);
  for (const w of hosterZoneGatewayWarnings(trustedGateways?.domains ?? []))
    process.stderr.write(`headerlens: warning: ${w}\n`);
  const approvals = parseApprovals(values.approve ?? [], values['approve-for'] ?? []);
  const natNetworks = values['nat-address'] ?? [];
  for (const n of natNetworks)
    if (!parseCidr(n)) throw new UsageError(`--nat-address takes an IP address or a CIDR range, not "${n}"`);
  const now = analysisClock();
  // Asked after the input is read, so an unreadable file is reported before a bad zone file (as always).
  const makeResolver = () => (values.offline ? undefined : resolverFrom(values));

  // One file or standard input holding one message: the report of that message, as always.
  // Several inputs, a directory, an mbox with more than one message or --csv: a batch.
  let sources: AsyncIterable<MessageSource> = expandInputs(positionals);
  if (positionals.length === 1 && !isDirectory(positionals[0]!) && !values.csv) {
    const it = (sources as AsyncGenerator<MessageSource>)[Symbol.asyncIterator]();
    const first = await it.next();
    const second = first.done ? first : await it.next();
    if (first.done) throw new UsageError(`${positionals[0]} holds no message`);
    // A report holding several attached messages (--attached) is a batch of them, a line each.
    const attached =
      second.done && values.attached && !('problem' in first.value)
        ? attachedMessages(first.value.bytes)
        : [];
    if (second.done && attached.length <= 1) {
      const src = first.value;
      if ('problem' in src) throw new UsageError(problemText(src.file, src.problem));
      let raw = src.bytes;
      if (values.attached) {
        const inner = attached[0];
        if (!inner)
          throw new UsageError(problemText(src.file, { kind: 'no-attachment', cutOff: cutOff(src.bytes) }));
        const why = notAMessage(inner);
        if (why) throw new UsageError(`the attached message ${why}`);
        raw = inner;
      }
      const memory = values.memory ? openMemoryFile(values.memory) : null;
      const options: AnalyzeOptions = {
        resolver: makeResolver(),
        now,
        trustedAuthservIds: values['authserv-id'] ?? [],
        ...approvals,
        recipientDomains: values['recipient-domain'] ?? [],
        natNetworks,
        trustedForwarders: values['trust-forwarder'] ?? [],
        // Its domains are trusted ARC sealers too (lib/analyze.ts adds them to trustedForwarders).
        ...(trustedGateways ? { trustedGateways } : {}),
        ...(await classifierOptions()),
        webmail,
        notByteExact: values['not-byte-exact'] ?? false,
      };
      // The report around an attached original says whether its delivery lines are believed.
      const analysis = await analyzeMessage(raw, {
        ...options,
        ...(values.attached ? { attached: true, attachedBy: await attachedBy(src.bytes, options) } : {}),
        ...memory?.optionsFor(),
      });
      if (memory && values.memory) {
        memory.learnFrom(analysis);
        saveMemoryFile(values.memory, memory);
      }
      // The text and Markdown reports name the profile among their facts; JSON output stays pure JSON,
      // so the line goes to standard error (the JSON has it as meta.profile).
      if (asked !== undefined && format === 'json') {
        process.stderr.write(`headerlens: webmail profile: ${profileText(analysis.meta.profile ?? null)}\n`);
      }
      // The text and Markdown reports render their sentences in t()'s language (lib/report).
      process.stdout.write(renderReport(analysis, { format, redact: values.redact ?? false }));
      const v = analysis.verdict;
      return (failOn && v === 'spoofed') || (failOn === 'suspicious' && v === 'suspicious') ? 1 : 0;
    }
    sources = (async function* () {
      yield first.value;
      if (second.done) return;
      yield second.value;
      for (let r = await it.next(); !r.done; r = await it.next()) yield r.value;
    })();
  }

  // The sender memory learns in input order and each message is compared with what came before it,
  // so a batch with --memory analyses one message at a time (lib/cli/batch/pool.ts).
  const memory = values.memory ? openMemoryFile(values.memory) : undefined;
  if (memory && values.jobs !== undefined && values.jobs !== '1') {
    process.stderr.write('headerlens: --memory analyses one message at a time; --jobs is ignored\n');
  }
  const resolver = makeResolver();
  const settings: BatchSettings = {
    format: (values.csv ? 'csv' : { json: 'json', md: 'md', text: 'line' }[format]) as BatchFormat,
    redact: values.redact ?? false,
    attached: values.attached ?? false,
    offline: values.offline ?? false,
    trustedAuthservIds: values['authserv-id'] ?? [],
    approvedServers: approvals.approvedServers ?? [],
    ...(approvals.approvedServerDomains ? { approvedServerDomains: approvals.approvedServerDomains } : {}),
    recipientDomains: values['recipient-domain'] ?? [],
    natNetworks,
    trustedForwarders: values['trust-forwarder'] ?? [],
    trustedGateways,
    webmail,
    notByteExact: values['not-byte-exact'] ?? false,
    lang,
    ...(now ? { now: now.toISOString() } : {}),
  };
  const code = await runBatch({
    sources,
    settings,
    jobs,
    // One cache for the whole batch, every thread's questions go through it (lib/cli/batch/pool.ts).
    resolver: resolver ? new CachingResolver(resolver) : undefined,
    loadClassifier,
    failOn: failOn as FailOn | undefined,
    ...(memory ? { memory } : {}),
  });
  if (memory && values.memory) saveMemoryFile(values.memory, memory);
  return code;
}

async function classifierOptions() {
  const classifier = await loadClassifier();
  return { classifyIp: classifier ?? undefined, ipDataVersion: classifier?.source };
}
