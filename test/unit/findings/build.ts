// Hand-made analyses for the finding and verdict tests: a baseline message from northbank.example
// that authenticates cleanly (SPF, DKIM and DMARC pass, the provider agrees), which each test bends.
import { runFindingRules } from '../../../lib/findings';
import type { RuleContext } from '../../../lib/findings/rule';
import { decideVerdict } from '../../../lib/findings/verdict';
import type { Analysis, AnalyzeOptions, HeaderField, Mailbox, ParsedMessage } from '../../../lib/types';

export type Ctx = RuleContext & { analysis: RuleContext['analysis'] };

const DKIM_LINE =
  'DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=northbank.example; s=sel1; h=from:to:subject:date; bh=abc=; b=def=';
const AR_LINE =
  'Authentication-Results: mx.mailhost.test; spf=pass smtp.mailfrom=alerts@northbank.example; dkim=pass header.d=northbank.example header.s=sel1; dmarc=pass (p=reject) header.from=northbank.example';

export function header(name: string, value: string, index = 0): HeaderField {
  return { index, name, key: name.toLowerCase(), value, rawValue: value, line: `${name}: ${value}` };
}

function mailbox(displayName: string, address: string): Mailbox {
  return { address, domain: address.split('@')[1]?.toLowerCase() ?? '', displayName };
}

export function baseCtx(): Ctx {
  const from = mailbox('Northbank Alerts', 'alerts@northbank.example');
  const to = mailbox('Jane Reader', 'jane@reader.example');
  const hops = [
    {
      index: 0,
      helo: 'out1.northbank.example',
      rdns: 'out1.northbank.example',
      ip: '198.51.100.7',
      by: 'mx1.mailhost.test',
      with: 'ESMTPS',
      id: 'abc123',
      for: 'jane@reader.example',
      date: '2026-03-02T10:00:05.000Z',
      delaySeconds: 3,
      internal: false,
      line: 'Received: from out1.northbank.example (out1.northbank.example [198.51.100.7]) by mx1.mailhost.test with ESMTPS id abc123 for <jane@reader.example>; Mon, 2 Mar 2026 10:00:05 +0000',
      asn: 64500,
      org: 'Northbank Ltd',
      hosting: null,
      esp: null,
    },
    {
      index: 1,
      helo: 'app.internal',
      rdns: null,
      ip: '10.0.0.5',
      by: 'out1.northbank.example',
      with: 'ESMTP',
      id: 'q1',
      for: null,
      date: '2026-03-02T10:00:02.000Z',
      delaySeconds: null,
      internal: true,
      line: 'Received: from app.internal ([10.0.0.5]) by out1.northbank.example with ESMTP id q1; Mon, 2 Mar 2026 10:00:02 +0000',
      asn: null,
      org: null,
      hosting: null,
      esp: null,
    },
  ];
  const headers: HeaderField[] = [
    header('Authentication-Results', AR_LINE.slice('Authentication-Results: '.length)),
    header('Received', hops[0]!.line.slice(10)),
    header('Received', hops[1]!.line.slice(10)),
    header('Return-Path', '<alerts@northbank.example>'),
    header('DKIM-Signature', DKIM_LINE.slice('DKIM-Signature: '.length)),
    header('From', '"Northbank Alerts" <alerts@northbank.example>'),
    header('To', '"Jane Reader" <jane@reader.example>'),
    header('Subject', 'Your statement is ready'),
    header('Date', 'Mon, 2 Mar 2026 10:00:00 +0000'),
    header('Message-ID', '<stmt-42@northbank.example>'),
  ].map((h, i) => ({ ...h, index: i }));
  const message: ParsedMessage = {
    headers,
    from,
    fromAll: [from],
    replyTo: [],
    to: [to],
    cc: [],
    returnPath: 'alerts@northbank.example',
    messageId: '<stmt-42@northbank.example>',
    subject: 'Your statement is ready',
    date: '2026-03-02T10:00:00.000Z',
    headerBytes: 900,
    size: 2000,
    problems: [],
  };
  const analysis: RuleContext['analysis'] = {
    mode: 'online',
    from,
    replyTo: [],
    to: [to],
    returnPath: 'alerts@northbank.example',
    messageId: '<stmt-42@northbank.example>',
    subject: 'Your statement is ready',
    date: '2026-03-02T10:00:00.000Z',
    origin: {
      ip: '198.51.100.7',
      helo: 'out1.northbank.example',
      rdns: 'out1.northbank.example',
      hopIndex: 0,
      asn: 64500,
      org: 'Northbank Ltd',
      hosting: null,
      esp: null,
      hostedServer: false,
      approved: false,
    },
    hops,
    spf: {
      result: 'pass',
      domain: 'northbank.example',
      aligned: true,
      ip: '198.51.100.7',
      helo: 'out1.northbank.example',
      envelopeFrom: 'alerts@northbank.example',
      mechanism: 'ip4:198.51.100.0/24',
      explanation: null,
      lookups: 0,
      info: null,
    },
    dkim: [
      {
        result: 'pass',
        domain: 'northbank.example',
        selector: 'sel1',
        aligned: true,
        algorithm: 'rsa-sha256',
        keyBits: 2048,
        bodyLength: null,
        cause: null,
        info: null,
        line: DKIM_LINE,
      },
    ],
    dmarc: {
      result: 'pass',
      policy: 'reject',
      domain: 'northbank.example',
      orgDomain: 'northbank.example',
      record: 'v=DMARC1; p=reject; rua=mailto:dmarc@northbank.example',
      pct: 100,
      alignment: { spf: 'r', dkim: 'r' },
      passedBy: ['dkim', 'spf'],
      info: null,
    },
    arc: { result: 'none', instances: 0, sealers: [], originalAuth: null, info: null },
    authResults: [
      {
        authservId: 'mx.mailhost.test',
        version: null,
        results: [],
        index: 0,
        line: AR_LINE,
        trusted: true,
        forged: false,
        malformed: false,
      },
    ],
    provider: {
      authservId: 'mx.mailhost.test',
      spf: 'pass',
      dkim: [{ result: 'pass', domain: 'northbank.example', selector: 'sel1' }],
      dmarc: { result: 'pass', policy: 'reject', domain: 'northbank.example' },
      arc: null,
      lines: [AR_LINE],
      proven: true,
      fromMismatch: [],
    },
    dns: [
      { name: 'northbank.example', type: 'TXT', answer: [['v=spf1 ip4:198.51.100.0/24 -all']] },
      {
        name: '_dmarc.northbank.example',
        type: 'TXT',
        answer: [['v=DMARC1; p=reject; rua=mailto:dmarc@northbank.example']],
      },
      { name: 'sel1._domainkey.northbank.example', type: 'TXT', answer: [['v=DKIM1; k=rsa; p=MIIBIjAN']] },
    ],
    meta: {
      version: '0.1.0',
      ipData: 'test-ip-data 2026-01',
      analysedAt: '2026-03-02T12:00:00.000Z',
      durationMs: 12,
      size: 2000,
      notByteExact: false,
    },
  };
  const options: AnalyzeOptions = {
    trustedAuthservIds: ['mx.mailhost.test'],
    recipientDomains: ['reader.example'],
  };
  return { analysis, message, options };
}

/** Replace the From mailbox everywhere it appears (analysis, parsed message, header line). */
export function setFrom(ctx: Ctx, displayName: string, address: string, line?: string): void {
  const m = mailbox(displayName, address);
  ctx.analysis.from = m;
  ctx.message.from = m;
  ctx.message.fromAll = [m];
  setHeader(ctx, 'From', line ?? (displayName ? `"${displayName}" <${address}>` : `<${address}>`));
  ctx.analysis.dmarc.domain = m.domain;
}

export function setHeader(ctx: Ctx, name: string, value: string): void {
  const key = name.toLowerCase();
  const existing = ctx.message.headers.find((h) => h.key === key);
  if (existing) Object.assign(existing, header(name, value, existing.index));
  else ctx.message.headers.push(header(name, value, ctx.message.headers.length));
}

/** Make the message fail authentication outright (SPF fail, DKIM body changed, DMARC fail). */
export function failAuth(ctx: Ctx): void {
  const a = ctx.analysis;
  a.spf.result = 'fail';
  a.spf.aligned = false;
  a.dkim[0]!.result = 'fail';
  a.dkim[0]!.cause = 'body-hash-mismatch';
  a.dmarc.result = 'fail';
  a.dmarc.passedBy = [];
  a.provider = null;
}

/** No DMARC record and no aligned pass: nothing authenticates, nothing fails. */
export function noAuth(ctx: Ctx): void {
  const a = ctx.analysis;
  a.spf.result = 'none';
  a.spf.aligned = false;
  a.dkim = [];
  a.dmarc = {
    ...a.dmarc,
    result: 'none',
    policy: null,
    record: null,
    pct: null,
    alignment: null,
    passedBy: [],
  };
  a.dns = a.dns.filter((e) => !e.name.startsWith('_dmarc.'));
  a.provider = null;
}

export function ids(ctx: Ctx): string[] {
  return runFindingRules(ctx).map((f) => f.id);
}

export function findings(ctx: Ctx) {
  return runFindingRules(ctx);
}

export function verdictOf(ctx: Ctx) {
  return decideVerdict(ctx.analysis, runFindingRules(ctx));
}

export function toAnalysis(ctx: Ctx): Analysis {
  const f = runFindingRules(ctx);
  const v = decideVerdict(ctx.analysis, f);
  return { ...ctx.analysis, verdict: v.verdict, summary: v.summary, findings: f };
}
