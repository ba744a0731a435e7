// Shapes for the mailing-list and forwarding corpus cases (test/corpus/{legit,adversarial}/lists.ts):
// an ARC set sealed with the committed test key, and the header fields of real list software.
// Where each layout was learnt:
// - Mailman 2.1 / 3 list headers, subject prefix, footer ("_____ / Devel mailing list / …"), and
//   the bounce envelope `list-bounces+member=domain@`: Mailman 3's own documentation
//   (docs.mailman3.org: "Cooking headers", "RFC 2919 and 2369 headers", "DMARC Mitigations":
//   "munging the From: header and putting original From: in Cc: or Reply-To:").
// - Google Groups: a public list archive's raw copy of a kasan-dev@googlegroups.com post (July
//   2025): Return-Path `kasan-dev+bnc…@googlegroups.com`, From `"'Leon Romanovsky' via kasan-dev"
//   <kasan-dev@googlegroups.com>`, Reply-To and X-Original-From the author, ARC i=1 by d=google.com
//   (authserv-id gmr-mx.google.com) recording the author's dmarc=pass, DKIM d=googlegroups.com,
//   List-ID `<kasan-dev.googlegroups.com>`, List-Post with https and mailto, and the footer "You
//   received this message because you are subscribed to the Google Groups …".
// - Gmail forwarding: ARC by d=google.com, envelope `user+caf_=target=domain@gmail.com`, sent from
//   Google's mail-sor hosts (seen in public raw headers; the +caf_ form is Gmail's forwarding SRS).
// - LISTSERV (L-Soft): Sender the list, envelope `owner-LIST@LISTSERV.…`, upper-case list names,
//   and the wa.exe footer; recalled from public LISTSERV archives, not confirmed byte for byte.
// - Majordomo-style `Sender: owner-list@`, `List-ID: <linux-mm.kvack.org>`: the linux-mm archive.
import { sealMessage } from 'mailauth/lib/arc';
import { corpusKeys } from '../helpers/corpus';

export const SEAL_TIME = new Date('2026-11-20T10:00:10Z');

/** Prepends one ARC set sealed by `domain` (selector `arc`) with the committed test key. */
export async function sealCorpus(
  raw: string,
  opts: { domain: string; cv: 'none' | 'pass'; authResults: string; selector?: string },
): Promise<string> {
  const headers = await sealMessage(raw, {
    signingDomain: opts.domain,
    selector: opts.selector ?? 'arc',
    privateKey: corpusKeys().rsaPem,
    cv: opts.cv,
    authResults: opts.authResults,
    signTime: SEAL_TIME,
  } as never);
  if (!headers.length) throw new Error('sealing produced no headers');
  return headers.toString() + raw;
}

/** RFC 2369/2919 fields and Sender as Mailman 2.1 writes them for list `name` at `host`. */
export function mailmanHeaders(name: string, host: string, title: string): string[] {
  return [
    `Sender: "${title}" <${name}-bounces@${host}>`,
    `Errors-To: ${name}-bounces@${host}`,
    `X-BeenThere: ${name}@${host}`,
    'X-Mailman-Version: 2.1.39',
    'Precedence: list',
    `List-Id: ${title} <${name}.${host}>`,
    `List-Unsubscribe: <https://${host}/mailman/options/${name}>,\r\n <mailto:${name}-request@${host}?subject=unsubscribe>`,
    `List-Archive: <https://${host}/pipermail/${name}/>`,
    `List-Post: <mailto:${name}@${host}>`,
    `List-Help: <mailto:${name}-request@${host}?subject=help>`,
  ];
}

export function mailmanFooter(name: string, host: string, title: string): string {
  return `_______________________________________________\r\n${title} mailing list\r\n${name}@${host}\r\nhttps://${host}/mailman/listinfo/${name}\r\n`;
}

/** Keys every case needs: the test key published for each (selector, domain). */
export function keyZone(names: string[]): Record<string, { TXT: string[] }> {
  return Object.fromEntries(names.map((n) => [n, { TXT: [corpusKeys().rsaTxt] }]));
}
