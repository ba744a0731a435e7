import { analyzeMessage } from '../analyze';
import { type ReportFormat, renderReport } from '../report';
import { profileText } from '../report/model';
import { isWebmailChoice } from '../webmail/profiles';
import { readMessage, resolverFrom } from './io';
import { loadClassifier } from './ip-data';
import { inChosenLanguage, useLangOption } from './lang';
import { openMemoryFile, saveMemoryFile } from './memory-file';
import { parseTrustedGateways } from './trust-gateway';
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
    'recipient-domain': { type: 'string', multiple: true },
    'trust-forwarder': { type: 'string', multiple: true },
    webmail: { type: 'string' },
    'not-byte-exact': { type: 'boolean' },
    'trust-gateway': { type: 'string', multiple: true },
    lang: { type: 'string' },
    memory: { type: 'string' },
  });
  const lang = useLangOption(values.lang);
  if (positionals.length !== 1)
    throw new UsageError('inspect takes one file (or - for standard input)', true);
  const format = (values.json ? 'json' : (values.report ?? 'text')) as ReportFormat;
  if (!FORMATS.includes(format))
    throw new UsageError(`--report takes md, text or json, not "${values.report}"`);
  if (values.offline && (values['dns-zone'] || values.doh)) {
    throw new UsageError('--offline asks no DNS: it cannot be combined with --dns-zone or --doh');
  }
  const webmail = values.webmail;
  if (webmail !== undefined && !isWebmailChoice(webmail)) {
    throw new UsageError(`--webmail takes gmail, outlook, yahoo, auto or none, not "${webmail}"`);
  }
  const trustedGateways = parseTrustedGateways(values['trust-gateway'] ?? []);
  const raw = readMessage(positionals[0]!);
  const classifier = await loadClassifier();
  const memory = values.memory ? openMemoryFile(values.memory) : null;
  const analysis = await analyzeMessage(raw, {
    resolver: values.offline ? undefined : resolverFrom(values),
    trustedAuthservIds: values['authserv-id'] ?? [],
    approvedServers: values.approve ?? [],
    recipientDomains: values['recipient-domain'] ?? [],
    trustedForwarders: values['trust-forwarder'] ?? [],
    // Its domains are trusted ARC sealers too (lib/analyze.ts adds them to trustedForwarders).
    ...(trustedGateways ? { trustedGateways } : {}),
    classifyIp: classifier ?? undefined,
    ipDataVersion: classifier?.source,
    webmail,
    notByteExact: values['not-byte-exact'] ?? false,
    ...memory?.optionsFor(),
  });
  if (memory && values.memory) {
    memory.learnFrom(analysis);
    saveMemoryFile(values.memory, memory);
  }
  // The text and Markdown reports name the profile among their facts; JSON output stays pure JSON,
  // so the line goes to standard error (the JSON has it as meta.profile).
  if (webmail !== undefined && format === 'json') {
    process.stderr.write(`headerlens: webmail profile: ${profileText(analysis.meta.profile ?? null)}\n`);
  }
  const shown = lang && format !== 'json' ? inChosenLanguage(analysis) : analysis;
  process.stdout.write(renderReport(shown, { format, redact: values.redact ?? false }));
  return 0;
}
