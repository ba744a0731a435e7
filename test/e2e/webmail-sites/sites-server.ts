// One HTTPS server on 127.0.0.1 that answers for mail.google.com, mail-attachment.googleusercontent.com,
// outlook.office.com, mail.yahoo.com and apis.mail.yahoo.com (by Host header), with the endpoints
// the adapters use. Chromium reaches it under the real names through --host-resolver-rules, so the
// manifest's real match patterns run. The certificate is made by the test with the openssl CLI.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type FixtureMessage,
  GMAIL_IK,
  GOOGLE_LOGIN,
  gmailConversation,
  gmailInbox,
  gmailShowOriginal,
  outlookPage,
  YAHOO_STATE,
  yahooPage,
} from './pages';

export const SITE_HOSTS = [
  'mail.google.com',
  'mail-attachment.googleusercontent.com',
  'outlook.office.com',
  'mail.yahoo.com',
  'apis.mail.yahoo.com',
];

/** What a test can switch on the fly. */
export interface SiteState {
  loggedOut: { gmail: boolean; outlook: boolean; yahoo: boolean };
  /** Answer this many raw-source requests with 429 (Retry-After: 1) before serving. */
  tooMany: number;
  /** Delay raw-source answers (ms), so concurrency can be observed. */
  rawDelayMs: number;
}

export interface RawRequest {
  site: 'gmail' | 'outlook' | 'yahoo';
  id: string;
  at: number;
  status: number;
  /** Raw requests in flight when this one arrived (this one included). */
  concurrent: number;
}

export interface SitesServer {
  port: number;
  state: SiteState;
  log: RawRequest[];
  /** Every request, `host path` (for debugging a failing run). */
  hits: string[];
  close(): Promise<void>;
}

export const OWA_CANARY = 'VOXQP6xtGkiNnv7E4rFt8TrmclqVFtQI.';

function makeCertificate(dir: string): { key: Buffer; cert: Buffer } {
  const san = SITE_HOSTS.map((h) => `DNS:${h}`).join(',');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '2',
      '-subj',
      '/CN=HeaderLens e2e',
      '-keyout',
      join(dir, 'key.pem'),
      '-out',
      join(dir, 'cert.pem'),
      '-addext',
      `subjectAltName=${san}`,
    ],
    { stdio: 'ignore' },
  );
  return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
}

function send(
  res: ServerResponse,
  status: number,
  body: string | Buffer,
  headers: Record<string, string> = {},
) {
  res.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    ...headers,
  });
  res.end(body);
}

function cookie(req: IncomingMessage, name: string): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return v.join('=');
  }
  return null;
}

export async function startSitesServer(messages: {
  gmail: FixtureMessage[];
  outlook: FixtureMessage[];
  yahoo: FixtureMessage[];
}): Promise<SitesServer> {
  const dir = mkdtempSync(join(tmpdir(), 'headerlens-sites-'));
  const tls = makeCertificate(dir);
  const state: SiteState = {
    loggedOut: { gmail: false, outlook: false, yahoo: false },
    tooMany: 0,
    rawDelayMs: 0,
  };
  const log: RawRequest[] = [];
  const hits: string[] = [];
  let inFlight = 0;

  /** Serves one raw-source request through the shared 429 / delay / concurrency bookkeeping. */
  async function raw(
    site: RawRequest['site'],
    id: string,
    answer: () => [number, string | Buffer, Record<string, string>?],
  ) {
    inFlight++;
    const entry: RawRequest = { site, id, at: Date.now(), status: 0, concurrent: inFlight };
    log.push(entry);
    try {
      if (state.tooMany > 0) {
        state.tooMany--;
        entry.status = 429;
        return [429, 'Too many requests', { 'retry-after': '1' }] as const;
      }
      if (state.rawDelayMs) await new Promise((r) => setTimeout(r, state.rawDelayMs));
      const out = answer();
      entry.status = out[0];
      return out;
    } finally {
      inFlight--;
    }
  }

  const server = createServer({ key: tls.key, cert: tls.cert }, async (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const url = new URL(req.url ?? '/', `https://${host}`);
    hits.push(`${req.method} ${host}${url.pathname}${url.search}`);
    const p = url.searchParams;

    if (host === 'mail.google.com') {
      if (p.get('view') === 'att') {
        const m = messages.gmail.find((x) => x.id === p.get('th'));
        if (state.loggedOut.gmail) return send(res, 200, GOOGLE_LOGIN);
        if (!m) return send(res, 404, 'not found');
        // Gmail answers "download original" with a redirect to its attachment host.
        return send(res, 302, '', {
          location: `https://mail-attachment.googleusercontent.com/attachment/u/0/?th=${m.id}&zx=${p.get('zx') ?? ''}`,
        });
      }
      if (p.get('view') === 'om') {
        if (state.loggedOut.gmail) return send(res, 200, GOOGLE_LOGIN);
        const decimal = (p.get('permmsgid') ?? '').replace('msg-f:', '');
        const m = messages.gmail.find((x) => BigInt(`0x${x.id}`).toString(10) === decimal);
        return m ? send(res, 200, gmailShowOriginal(m)) : send(res, 404, 'not found');
      }
      if (url.pathname.startsWith('/mail/')) {
        const open = messages.gmail.find((x) => x.id === p.get('m'));
        if (p.get('fx') === 'broken' && open)
          return send(res, 200, gmailConversation(open, { broken: true }));
        // `ids=` picks the rows of this inbox (a fresh set of ids defeats the verdict cache).
        const ids = p.get('ids')?.split(',');
        const rows = ids ? messages.gmail.filter((x) => ids.includes(x.id)) : messages.gmail.slice(0, 3);
        return send(res, 200, open ? gmailConversation(open) : gmailInbox(rows));
      }
    }

    if (host === 'mail-attachment.googleusercontent.com') {
      const id = p.get('th') ?? '';
      const [status, body, headers] = await raw('gmail', id, () => {
        const m = messages.gmail.find((x) => x.id === id);
        return m ? [200, m.raw] : [404, 'not found'];
      });
      // Gmail's attachment host lets mail.google.com read the answer with credentials (CORS).
      return send(res, status, body, {
        'content-type': 'message/rfc822',
        'access-control-allow-origin': 'https://mail.google.com',
        'access-control-allow-credentials': 'true',
        ...(headers ?? {}),
      });
    }

    if (host === 'outlook.office.com') {
      if (url.pathname === '/owa/service.svc' && req.method === 'POST') {
        let id = '';
        try {
          const post = JSON.parse(decodeURIComponent(String(req.headers['x-owa-urlpostdata'] ?? '')));
          id = post?.Body?.ItemIds?.[0]?.Id ?? '';
        } catch {}
        const [status, body, headers] = await raw('outlook', id, () => {
          const canaryOk =
            req.headers.action === 'GetItem' &&
            req.headers['x-owa-canary'] === OWA_CANARY &&
            cookie(req, 'X-OWA-CANARY') === OWA_CANARY;
          // 440 Login Timeout is what OWA answers when the session is gone.
          if (state.loggedOut.outlook || !canaryOk) return [440, ''];
          const m = messages.outlook.find((x) => x.id === id);
          const item = m
            ? {
                ResponseClass: 'Success',
                ResponseCode: 'NoError',
                Items: [{ MimeContent: { Value: Buffer.from(m.raw).toString('base64') } }],
              }
            : { ResponseClass: 'Error', ResponseCode: 'ErrorItemNotFound' };
          return [
            200,
            JSON.stringify({ Body: { ResponseMessages: { Items: [item] } } }),
            { 'content-type': 'application/json' },
          ];
        });
        return send(res, status, body, headers ?? {});
      }
      if (url.pathname.startsWith('/mail')) {
        const m = /\/id\/([^/]+)/.exec(url.pathname);
        const id = m ? decodeURIComponent(m[1]!) : (p.get('selected') ?? undefined);
        return send(res, 200, outlookPage(messages.outlook, { selected: id }), {
          // Not HttpOnly: OWA's own scripts read it to send X-OWA-CANARY.
          'set-cookie': `X-OWA-CANARY=${OWA_CANARY}; Path=/; Secure; SameSite=None`,
        });
      }
    }

    if (host === 'mail.yahoo.com' && url.pathname.startsWith('/d/')) {
      const mid = /\/messages\/([^/]+)/.exec(url.pathname)?.[1];
      const open = messages.yahoo.find((x) => x.id === mid);
      return send(res, 200, yahooPage(messages.yahoo, open));
    }

    if (host === 'apis.mail.yahoo.com') {
      const cors = {
        'access-control-allow-origin': 'https://mail.yahoo.com',
        'access-control-allow-credentials': 'true',
      };
      if (req.method === 'OPTIONS')
        return send(res, 204, '', { ...cors, 'access-control-allow-headers': '*' });
      const m = /^\/ws\/v3\/mailboxes\/@\.id==([^/]+)\/messages\/@\.id==([^/]+)\/content\/rawplaintext$/.exec(
        url.pathname,
      );
      if (m) {
        const [status, body, headers] = await raw('yahoo', m[2]!, () => {
          if (
            state.loggedOut.yahoo ||
            p.get('wssid') !== YAHOO_STATE.wssid ||
            m[1] !== YAHOO_STATE.mailboxId
          ) {
            return [
              401,
              '{"error":{"code":"EC-4003","message":"Not authorized"}}',
              { 'content-type': 'application/json' },
            ];
          }
          const msg = messages.yahoo.find((x) => x.id === m[2]);
          return msg ? [200, msg.raw, { 'content-type': 'text/plain; charset=utf-8' }] : [404, ''];
        });
        return send(res, status, body, { ...cors, ...(headers ?? {}) });
      }
    }
    send(res, 404, 'no such fixture');
  });

  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    state,
    log,
    hits,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export { GMAIL_IK };
