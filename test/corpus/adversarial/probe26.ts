// Red-team probes, twenty-sixth round (December 2026): the rules committed from 10:11 on 2026-12-04.
// - lib/relay/embedded-v4.ts embeddedIpv4: an IPv6 address carrying an IPv4 host is classified as
//   that host, but only in four layouts: 64:ff9b::/96, a /96 of 64:ff9b:1::/48 with bits 48-95 zero,
//   6to4 and Teredo. RFC 8215's local-use /48 is meant for any RFC 6052 §2.2 prefix length
//   (/48, /56, /64 put the IPv4 host across the reserved u octet, bits 64-71, and leave the suffix
//   zero): a SIIT-DC receiver numbered 64:ff9b:1::/64 records a rented EC2 server as
//   64:ff9b:1::3:5001:200:0, looked up as unrouted IPv6, no hosted-server-relay. The deprecated
//   IPv4-compatible form ::a.b.c.d (RFC 4291 §2.5.5.1) is another embedding the parser keeps as IPv6.
//   And a tunnel that embeds nothing hides the host as 6to4 did: a free Hurricane Electric
//   tunnel-broker 6in4 tunnel from the rented VM is classified AS6939, not hosting.
// - lib/auth/footer-markup.ts hidesSignedText: HIDING_STYLE names display, visibility, opacity 0,
//   z-index, position, transforms and negative offsets. CSS paints more than that over earlier
//   text: an outline (CSS 2.1 Appendix E step 10: outlines are painted after all content of the
//   stacking context, outside the box, without moving anything), a filter (a stacking context
//   painted at z-index 0, after in-flow text: drop-shadow offset upwards), an opacity that is
//   not 0 (.99: a stacking context too) carrying a box-shadow spread over the text above, and the
//   UA stylesheet's own positioning (<dialog open> is position:absolute; top:0 is not negative),
//   and a negative margin written without a minus sign (calc(6em * sin(270deg))).
// - lib/findings/lookalike-letters.ts ORTHOGRAPHY_LETTERS: letters of living orthographies never
//   count as disguised. The African reference alphabet's hooked letters (ɓ, ƙ), the eng (ŋ) and
//   the Scandinavian ø each read as the plain letter at mail-list sizes; a bank look-alike spelled
//   with one of them, authenticated for itself, reads "authenticated" with international-domain.
// Read, no new case: relay-facts.ts (the DKIM gate is on base.hosting; an unclassified origin is no
// hosted server either way; ESP reverse suffixes hold no cloud default name: amazonaws.com,
// googleusercontent.com, cloudapp.azure.com are none of them; the rented server's 6to4 reverse
// zone can be delegated to it but the forward AAAA must be in the ESP's zone); origin-nat.ts
// submission (stricter only: it can only stop the walk at the client that greets, never pass it);
// verdict.ts explainedBy (it only drops the list's own seal as a concern beside the
// changed-by-list excuse, which reads "unverified" at best; no spoof is raised to authenticated);
// reply-to.ts namesFrom (N0RTHBANK, ɴᴏʀᴛʜʙᴀɴᴋ, Nørthbank, Northɓank, ŊORTHBANK, struck or spaced
// letters all read as the bank's name); attached.ts provedByOwner (a restored signature needs a
// text footer part, not an attachment); Google's _netblocks3 cloud ranges (gone since 2025);
// <font color>, <center>, <marquee>, <table bgcolor>, font-size:0, color:transparent,
// line-height and long whitespace in a footer act on the footer's own text only, after the
// signed text; ı, ł, đ have no counterpart letter in "northbank".

import { ATTACKER_IP, authenticZone, BANK, BANK_KEY, genuineBankNotice, NOT_TRUSTED } from '../kit';
import type { CaseWriter } from '../make';
import { onTop, received } from '../messages';
import {
  authenticatedHomographs,
  CARD_LURE_HTML,
  CLOUD_V4,
  cloudEntry,
  cloudReplay,
  HOSTED_REPLAY_AWS,
  type Homograph,
  probeCorpus,
  probeEmitter,
  statementHtml,
  viaAttackerList,
} from '../rounds-kit';

/**
 * Probes HeaderLens reads wrong today: written by makeAll, kept out of the corpus until lib/ is
 * fixed (see the twenty-sixth round's report). Each comment: what it reads, what it should, which
 * rule, the fix proposed and its risk.
 */
// Fixed at 11:4x on 2026-12-04 (in the corpus): a footer's outline, box-shadow, filter, blending or
// mask, a margin computed by a math function, an open <dialog> or a popover is no footer
// (lib/auth/footer-markup.ts).
// 11:5x: a From domain whose only letters beyond ASCII are living alphabets' letters that read as
// one plain letter (ø ɓ ƙ ŋ …) is lookalike-domain (medium) when its plain twin publishes DMARC
// quarantine or reject and nothing ties the two (lib/engine/lookalike-twin.ts).
// 12:2x: the deprecated IPv4-compatible form ::3.80.1.2 is classified as its IPv4 host
// (lib/relay/embedded-v4.ts).
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  // "authenticated", no hosted finding, origin.hosting null. Wanted: suspicious with
  // hosted-server-relay naming Amazon. lib/relay/embedded-v4.ts embeddedIpv4 reads 64:ff9b:1::/48
  // only in the /96 layout (bits 48-95 zero); RFC 8215 lets an operator use any RFC 6052 §2.2
  // length inside it, and the /56 and /64 layouts put the host across the u octet. Fix: inside
  // 64:ff9b:1::/48, when the /96 reading fails, try the /64, /56 and /48 layouts (u octet, bits
  // 64-71, zero; suffix zero) and take the one whose host is public and not x.0.0.0 (the /64 form
  // here is also a valid /96 under 64:ff9b:1:0:3:5001::/96 with host 2.0.0.0, a network address,
  // so the x.0.0.0 rule decides); if none or several fit, classify the origin as "translated, host
  // unknown" and let hostedOrUnknown treat it like an unrouted origin (not as a clean one). Risk:
  // none seen for genuine mail: the local-use prefix is never routed, so every address in it is a
  // translator's; a genuine sender behind it reads as its real IPv4 host (as the /96 layout does).
  'probe26-replay-nat64-local-use-slash64-layout-aws',
  'probe26-replay-nat64-local-use-slash56-layout-aws',
  // "authenticated", origin Hurricane Electric (AS6939, hosting null). Wanted: suspicious. A 6in4
  // tunnel (HE tunnel broker, free, set up from any VM with a public IPv4) hides the cloud host
  // as 6to4 did, but its address embeds nothing. Fix: in lib/relay (beside embedded-v4.ts), a
  // tunnel-broker table, HE's tunnel-server /48s in 2001:470::/32 (the tunnel and routed /64s,
  // 2001:470:1f00::/40 and the per-server routed blocks) and a confirmed reverse name
  // `tunnel<N>-pt.tunnel.tserv<N>.<pop>.ipv6.he.net`, classified as hosting ("tunnel broker:
  // the server behind it is unknown") so hosted-server-relay is raised (medium), low with the
  // From's own forward-confirmed name as today. Risk: self-hosters who send over an HE tunnel's
  // client end with HE's own PTR read suspicious for their own signed mail (as a VPS does today);
  // those who delegate the routed /64's reverse zone to their own name get the finding at low.
  'probe26-replay-he-tunnelbroker-6in4-aws',
]);

const LIST_ZONE = { ...BANK, ...BANK_KEY, ...authenticZone('attacker.example', ATTACKER_IP) };
const emit = probeEmitter(LIST_ZONE);

export async function makeAll(write: CaseWriter): Promise<void> {
  await embeddedForms(write);
  await htmlFooters(write);
  await homographs(write);
}

// ---------------------------------------------------------------------------------------------
// A rented server's address in an IPv4-embedding layout embeddedIpv4 does not read
// ---------------------------------------------------------------------------------------------

/** 3.80.1.2 under 64:ff9b:1::/64 (RFC 6052 §2.2: u octet at bits 64-71, IPv4 in bits 72-103). */
const NAT64_LOCAL_64 = '64:ff9b:1::3:5001:200:0';
/** 3.80.1.2 under 64:ff9b:1::/56 (first octet in bits 56-63, the u octet, the other three in 72-95). */
const NAT64_LOCAL_56 = '64:ff9b:1:3:50:102::';
/** The client end of a Hurricane Electric tunnel-broker tunnel (2001:470::/32, AS6939). */
const HE_TUNNEL = '2001:470:1f06:5a2::2';
/** RFC 4291 §2.5.5.1, deprecated IPv4-compatible. */
const V4_COMPATIBLE = `::${CLOUD_V4}`;

const CLOUD_ZONE = {
  ...BANK,
  ...BANK_KEY,
  'attacker.example': {
    TXT: [`v=spf1 ip4:${CLOUD_V4} ip6:${NAT64_LOCAL_64} ip6:${NAT64_LOCAL_56} ip6:${V4_COMPATIBLE} -all`],
  },
  '_dmarc.attacker.example': { TXT: ['v=DMARC1; p=reject'] },
};
const replay = (raw: string, ip: string) => cloudReplay(raw, cloudEntry(ip));

async function embeddedForms(write: CaseWriter): Promise<void> {
  const notice = await genuineBankNotice();
  const tail =
    ' The envelope (bounce@attacker.example) passes SPF for that address, the bank’s signature verifies, DMARC passes. Wanted: suspicious with hosted-server-relay naming Amazon, as the /96 layout (probe24b-replay-nat64-local-use-prefix-aws) and plain IPv4 read';
  emit(write, {
    name: 'probe26-replay-nat64-local-use-slash64-layout-aws',
    about: `The bank’s genuine signed notice replayed from a rented EC2 server (3.80.1.2) to a receiver behind a SIIT-DC translator numbered with a /64 of the RFC 8215 local-use prefix (64:ff9b:1::/64; RFC 8215 §3 leaves the length to the operator, RFC 6052 §2.2 puts the IPv4 host in bits 72-103 after the zero u octet): Postfix records [IPv6:${NAT64_LOCAL_64}]. embeddedIpv4 (lib/relay/embedded-v4.ts) reads the local-use prefix only with bits 48-95 zero (the /96 layout), so the classifier looks the IPv6 up: unrouted, no network, no hosted finding.${tail}`,
    class: 'probe26-embedded-ipv4',
    eml: replay(notice, NAT64_LOCAL_64),
    zone: CLOUD_ZONE,
    expect: HOSTED_REPLAY_AWS,
  });
  emit(write, {
    name: 'probe26-replay-nat64-local-use-slash56-layout-aws',
    about: `The same replay through a translator numbered 64:ff9b:1::/56 (RFC 6052 §2.2: the IPv4 host's first octet in bits 56-63, the u octet, the other three in bits 72-95): recorded [IPv6:${NAT64_LOCAL_56}].${tail}`,
    class: 'probe26-embedded-ipv4',
    eml: replay(notice, NAT64_LOCAL_56),
    zone: CLOUD_ZONE,
    expect: HOSTED_REPLAY_AWS,
  });
  emit(write, {
    name: 'probe26-replay-ipv4-compatible-form-aws',
    about: `The same replay recorded as [IPv6:${V4_COMPATIBLE}], the IPv4-compatible form RFC 4291 §2.5.5.1 deprecates (automatic tunnelling; some stacks and log formats still print it). lib/relay/address.ts maps only ::ffff:0:0/96 to IPv4.${tail}`,
    class: 'probe26-embedded-ipv4',
    eml: replay(notice, V4_COMPATIBLE),
    zone: CLOUD_ZONE,
    expect: HOSTED_REPLAY_AWS,
  });
  const tunnelPtr = 'tunnel548213-pt.tunnel.tserv13.ash1.ipv6.he.net';
  emit(write, {
    name: 'probe26-replay-he-tunnelbroker-6in4-aws',
    about: `The same replay from the rented EC2 server over a free Hurricane Electric tunnel-broker tunnel (6in4, protocol 41 from 3.80.1.2 to HE's Ashburn tunnel server; the security group lets protocol 41 in): the receiver records the tunnel's client end [IPv6:${HE_TUNNEL}], whose reverse name HE writes as ${tunnelPtr} (forward-confirmed). Unlike 6to4 the address embeds nothing, so embedded-v4.ts cannot unwrap it; the classifier names AS6939 Hurricane Electric, not a hosting network, and no hosted finding is raised. The reverse name says "tunnel" in so many words: a careful analyst reads a tunnelled host, not the bank's relay.${tail.replace('as the /96 layout (probe24b-replay-nat64-local-use-prefix-aws) and plain IPv4 read', 'or at least a tunnelled-origin finding (the tunnel hides which network the server is on)')}`,
    class: 'probe26-ipv6-tunnel',
    eml: onTop(
      notice,
      'Return-Path: <bounce@attacker.example>',
      received({ helo: 'mail.attacker.example', rdns: tunnelPtr, ip: HE_TUNNEL, by: 'mx.reader.example' }),
    ),
    zone: {
      ...CLOUD_ZONE,
      'attacker.example': { TXT: [`v=spf1 ip6:${HE_TUNNEL} -all`] },
      [tunnelPtr]: { AAAA: [HE_TUNNEL] },
    },
    expect: { verdict: 'suspicious', fields: { 'dmarc.result': 'pass' } },
  });
  emit(write, {
    name: 'probe26-replay-nat64-well-known-dotted-quad-aws-control',
    about: `Control: the well-known-prefix form written with a dotted quad, [IPv6:64:ff9b::${CLOUD_V4}] (RFC 6052 §2.4's text form; Jool logs it so). Wanted: suspicious with hosted-server-relay naming Amazon (holds today)`,
    class: 'probe26-embedded-ipv4',
    eml: replay(notice, `64:ff9b::${CLOUD_V4}`),
    zone: {
      ...CLOUD_ZONE,
      'attacker.example': { TXT: [`v=spf1 ip4:${CLOUD_V4} ip6:64:ff9b::${CLOUD_V4} -all`] },
    },
    expect: HOSTED_REPLAY_AWS,
  });
}

// ---------------------------------------------------------------------------------------------
// HTML "footers" that paint over the signed notice with properties HIDING_STYLE does not name
// ---------------------------------------------------------------------------------------------

async function htmlFooters(write: CaseWriter): Promise<void> {
  const html = await statementHtml('88226');
  const footer = (block: string) => viaAttackerList(`${html}${block}\r\n`);
  const tail =
    ' hidesSignedText (lib/auth/footer-markup.ts) finds no hiding tag and no HIDING_STYLE declaration, so listFooterBlock takes the block as a footer; the signature verifies once it is cut, changed-by-list: unverified. Wanted: not trusted (as probe24’s overlays read since 10:5x)';
  emit(write, {
    name: 'probe26-list-footer-html-giant-outline',
    about: `The bank’s genuine text/html notice replayed as a list post with a "footer" after </html>: <div style="outline:40em solid #fff;background:#fff"><p>lure</p></div>. An outline takes no space and is painted after all content of its stacking context (CSS 2.1 Appendix E.2, step 10), outside the border box: a 40em white frame around the footer covers the signed paragraph above while the lure inside stays visible (WebKit in Apple Mail, Gecko in Thunderbird). No position, offset, transform, opacity or z-index.${tail}`,
    class: 'probe26-list-footer-html',
    eml: footer(`<div style="outline:40em solid #fff;background:#fff"><p>${CARD_LURE_HTML}</p></div>`),
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe26-list-footer-html-filter-drop-shadow-up',
    about: `The same replay with <div style="background:#fff;filter:drop-shadow(0 -3em 0 #fff) drop-shadow(0 -6em 0 #fff)"><p>lure</p></div>: a filter makes a stacking context painted with the positioned, z-index 0 layer, after in-flow text (CSS Filter Effects §2, CSS 2.1 Appendix E), and each drop-shadow copies the white box 3em and 6em upwards over the signed paragraph. The negative lengths are in filter, which HIDING_STYLE does not read.${tail}`,
    class: 'probe26-list-footer-html',
    eml: footer(
      `<div style="background:#fff;filter:drop-shadow(0 -3em 0 #fff) drop-shadow(0 -6em 0 #fff)"><p>${CARD_LURE_HTML}</p></div>`,
    ),
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe26-list-footer-html-near-opaque-box-shadow-spread',
    about: `The same replay with <div style="opacity:.99;background:#fff;box-shadow:0 0 0 8em #fff"><p>lure</p></div>: an opacity below 1 makes a stacking context painted after in-flow text (CSS Color 4 §3.2, as z-index 0), so the box-shadow’s 8em spread (white, all sides) covers the signed paragraph above; .99 is not the opacity 0 HIDING_STYLE looks for, and box-shadow is not read.${tail}`,
    class: 'probe26-list-footer-html',
    eml: footer(
      `<div style="opacity:.99;background:#fff;box-shadow:0 0 0 8em #fff"><p>${CARD_LURE_HTML}</p></div>`,
    ),
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe26-list-footer-html-trig-negative-margin',
    about: `The same replay with <div style="opacity:.99;background:#fff;margin-top:calc(6em * sin(270deg));min-height:6em"><p>lure</p></div>: sin(270deg) is -1 (CSS Values 4 trigonometric functions, in WebKit since Safari 15.4 and Gecko since Firefox 108), so the margin is -6em and pulls the white block up over the signed paragraph, painted after it as a stacking context (opacity below 1). HIDING_STYLE takes an offset or margin for negative only when a minus sign before a digit (or var()) is written.${tail}`,
    class: 'probe26-list-footer-html',
    eml: footer(
      `<div style="opacity:.99;background:#fff;margin-top:calc(6em * sin(270deg));min-height:6em"><p>${CARD_LURE_HTML}</p></div>`,
    ),
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe26-list-footer-html-open-dialog-top-zero',
    about: `The same replay with <dialog open style="top:0;width:100%;height:100%;border:0"><p>lure</p></dialog>: the HTML UA stylesheet makes dialog position:absolute (HTML §15.3.4), so top:0 lifts it to the top of the document over the signed paragraph, and its own background is Canvas (white). No position declaration is written and top:0 is not negative; dialog is not among HIDING_TAG’s tags.${tail}`,
    class: 'probe26-list-footer-html',
    eml: footer(
      `<dialog open style="top:0;width:100%;height:100%;border:0"><p>${CARD_LURE_HTML}</p></dialog>`,
    ),
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe26-list-footer-html-own-text-tricks-control',
    about:
      'Control: a footer whose tricks act on its own text only, after the signed paragraph: <center><table bgcolor="#ffffff"><tr><td><font color="#ffffff" style="font-size:0;line-height:0;color:transparent">hidden words</font>Customers list</td></tr></table></center><marquee>lists.attacker.example</marquee>. Nothing of the bank’s text is covered; the reader sees the notice and the footer. Wanted: unverified with list-modified (holds today; a fix for the four above must keep it)',
    class: 'probe26-list-footer-html',
    eml: footer(
      '<center><table bgcolor="#ffffff"><tr><td><font color="#ffffff" style="font-size:0;line-height:0;color:transparent">hidden words</font>Customers list</td></tr></table></center><marquee>lists.attacker.example</marquee>',
    ),
    expect: { verdict: 'unverified', findings: ['list-modified'] },
  });
}

// ---------------------------------------------------------------------------------------------
// Bank look-alikes in letters ORTHOGRAPHY_LETTERS lets through
// ---------------------------------------------------------------------------------------------

const LOOKS =
  'The attacker registers the look-alike, publishes SPF, a key and p=reject for it, and sends from its own server: SPF, DKIM and DMARC pass for it. Outlook on the web, Thunderbird and Apple Mail draw a Latin IDN in Unicode. disguisedLetters (lib/findings/lookalike-letters.ts) skips every letter in ORTHOGRAPHY_LETTERS, and lookalikeReason compares skeletons only with the brands and the reader’s domains: international-domain (info) only, authenticated.';

const HOMOGRAPHS: Homograph[] = [
  {
    name: 'probe26-from-hooked-b-homograph',
    domain: 'xn--northank-ipd.example',
    from: 'Northbank Security <security@north\u0253ank.example>',
    about: `From "security@northɓank.example": U+0253 LATIN SMALL LETTER B WITH HOOK (Hausa, Fula), a b whose ascender bends right at the top, in a sans-serif at 13px a b. ${LOOKS} Wanted: suspicious (lookalike-domain naming northbank.example)`,
  },
  {
    name: 'probe26-from-hooked-k-homograph',
    domain: 'xn--northban-rcc.example',
    from: 'Northbank Security <security@northban\u0199.example>',
    about: `From "security@northbanƙ.example": U+0199 LATIN SMALL LETTER K WITH HOOK (Hausa), a k with a curl on the ascender. ${LOOKS} Wanted: suspicious (lookalike-domain)`,
  },
  {
    name: 'probe26-from-eng-homograph',
    domain: 'xn--orthbank-hrb.example',
    from: 'Northbank Security <security@\u014Borthbank.example>',
    about: `From "security@ŋorthbank.example": U+014B LATIN SMALL LETTER ENG (Sámi, African languages), an n whose right leg drops below the line. ${LOOKS} Wanted: suspicious (lookalike-domain)`,
  },
  {
    name: 'probe26-from-o-with-stroke-homograph',
    domain: 'xn--nrthbank-54a.example',
    from: 'Northbank Security <security@n\u00F8rthbank.example>',
    about: `From "security@nørthbank.example": U+00F8 LATIN SMALL LETTER O WITH STROKE (Danish, Norwegian); a Danish word "nørthbank" does not exist, the label is the bank’s name with one letter swapped. ${LOOKS} Wanted: suspicious (lookalike-domain)`,
  },
  {
    name: 'probe26-from-genuine-scandinavian-idn-control',
    domain: 'xn--lbryggeri-k8a.example',
    from: 'Ølbryggeriet <kontakt@\u00F8lbryggeri.example>',
    about:
      'Control: a genuine Norwegian IDN (ølbryggeri.example, a brewery; ø a letter of the language), authenticated for itself. Any fix for the four above must keep it: "olbryggeri" is no one’s domain. Wanted: authenticated with international-domain (holds today)',
    expect: { verdict: 'authenticated', findings: ['international-domain'] },
  },
];

async function homographs(write: CaseWriter): Promise<void> {
  await authenticatedHomographs(write, 'probe26-orthography-homograph', HOMOGRAPHS);
}

export async function make(write: CaseWriter): Promise<void> {
  await probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}
