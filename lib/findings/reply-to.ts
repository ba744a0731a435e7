// Where replies and bounces go. A Reply-To at another organisation sends your answer to someone
// other than the apparent sender (a classic in invoice fraud); Return-Path only shows who handles bounces.

import { msg, sentences } from '../i18n/message';
import { domainOf } from '../message/addresses';
import type { Analysis, DkimCheck, Finding, Mailbox } from '../types';
import { hasAlignedPass } from './auth-state';
import { DESK_WORDS, GENERIC_DESK_WORDS, namesInternalDesk, nameWords, tradeNameAfter } from './desk-words';
import { coversField, forwarderRecordedSignatures, NOT_MICROSOFT, vouchingSignatures } from './dkim-tags';
import {
  brandGluedInMailbox,
  brandInLocalPart,
  brandInName,
  brandOfDomain,
  isBrandDomain,
  orgDomain,
  orgLabel,
  sameOrg,
} from './domains';
import { entraTemplate } from './entra-invitation';
import { firstHeaderLine, uniq } from './evidence';
import { isSignUpDomain } from './freemail';
import { type ListEvidence, listEvidence, listFromRewrite } from './list-evidence';
import { skeleton } from './lookalike';
import { namedOnBehalf, nameSpellings } from './name-spellings';
import { storeSender, TRANSFER_PLATFORMS } from './platforms';
import { readerOrganisations } from './reader-domain';
import { nameForBrands, verifiedSenderVia } from './reader-org';
import { entryVouched } from './receiver-record';
import type { FindingRule } from './rule';
import { texts } from './text';
import { looseSkeleton, nameSkeleton } from './visible-text';

export const replyToRule: FindingRule = (ctx) => {
  const a = ctx.analysis;
  const from = a.from;
  if (!from?.domain) return [];
  const out: Finding[] = [];
  // Most messages have no Reply-To, or one at the From's own organisation: what follows reads
  // lists, signatures and names only for a reply address elsewhere (the loop below skips the rest).
  if (a.replyTo.some((r) => r.domain && !sameOrg(r.domain, from.domain)))
    out.push(...replyElsewhere(ctx, from));
  const rp = a.returnPath;
  const rpDomain = rp ? domainOf(rp) : '';
  if (rpDomain && !sameOrg(rpDomain, from.domain)) {
    out.push({
      id: 'return-path-differs',
      severity: 'info',
      ...texts(
        msg('finding_return_path_differs_title', { domain: rpDomain, from: orgDomain(from.domain) }),
        msg('finding_return_path_differs_detail', { domain: rpDomain, from: from.domain }),
      ),
      evidence: uniq([
        ...firstHeaderLine(ctx.message, 'return-path'),
        ...firstHeaderLine(ctx.message, 'from'),
      ]),
    });
  }
  return out;
};

/**
 * The reply-to-other-org findings: one per organisation outside the From's that a Reply-To address
 * sends answers to (the caller asks only when there is one).
 */
function replyElsewhere(ctx: Parameters<FindingRule>[0], from: Mailbox & { domain: string }): Finding[] {
  const a = ctx.analysis;
  const out: Finding[] = [];
  // One finding per foreign organisation, naming every reply address that goes there.
  const byOrg = new Map<string, string[]>();
  // A list that rewrote From puts the author in Reply-To: list-from-rewritten explains that one.
  const listAuthor = listFromRewrite(ctx.message)?.authorAddress;
  const forwarded = forwarderRecordedSignatures(ctx);
  const unsigned = replyToUnsigned(a, entryVouched(ctx)?.signatures ?? [], forwarded);
  const list = listEvidence(ctx.message);
  const listPost = list?.postAddress ?? null;
  const listHost = list ? envelopeListHost(a, list) : null;
  // "Jane Doe via Docusign", "Alice Martin (Google Docs)": a service writing for a person.
  // A parenthesised product name is a comment to the address parser ("Alice Martin (Google Docs)"
  // reads "Alice Martin"): then the From's name is the person's.
  // An organisation a service writes for ("Microsoft Invitations on behalf of Fenwick Architects"):
  // a tenant's own choice of name, so only its own domain spelled as that name answers for it, never
  // a mailbox that repeats the name (red-team round 206: an attacker's tenant named as a firm, its
  // Reply-To the same name at a Gmail).
  const behalfOrg = organisationOnBehalf(from.displayName);
  const principal = behalfOrg ?? onBehalfOf(from.displayName) ?? personName(from.displayName);
  const fromName = squeezed(from.displayName).toLowerCase();
  const forPrincipal = new Map<string, boolean>();
  // Reply addresses whose display name speaks as the From (red-team round 21): never the list's own.
  const posingAsFrom = new Set<string>();
  // Organisations with a reply address that names a brand (in its name or its mailbox).
  const branded = new Set<string>();
  for (const r of a.replyTo) {
    if (!r.domain || sameOrg(r.domain, from.domain)) continue;
    const org = orgDomain(r.domain);
    const local = r.address.slice(0, r.address.lastIndexOf('@'));
    const inName = brandInName(r.displayName);
    // Posing in the mailbox: the brand with service words only (paypal.support, paypalhelp), not
    // a brand word among the poster's own (youtube.dl.fan@disroot.org on a list, real-mail round 13).
    const posingMailbox = brandGluedInMailbox(local);
    const inMailbox = brandInLocalPart(local) ?? posingMailbox;
    const namesBrand = inName !== null || inMailbox !== null;
    // The list's author is explained, unless it names a brand where the brand is not: a mailbox
    // naming one off the brand's own domains, or a name naming one at a free mailbox. Every header
    // that says "a list rewrote From" is the sender's own, and a list post does not make
    // paypalresolution.center@gmail.com PayPal's (red-team rounds 10 and 11). A person's name
    // elsewhere ("John Chase" at a university) stays explained.
    const posing =
      (posingMailbox !== null && !isBrandDomain(posingMailbox, r.domain)) ||
      (inName !== null && isSignUpDomain(org));
    if (r.address.toLowerCase() === listAuthor && !posing) continue;
    byOrg.set(org, [...(byOrg.get(org) ?? []), r.address]);
    if (namesFrom(r.displayName, from)) posingAsFrom.add(r.address);
    if (namesBrand) branded.add(org);
    // Or the principal is a firm and the Reply-To its own domain, spelled as its name: "Hartley 365
    // Legal via DocuSign" answered by ruth@hartley365legal.example (real-mail round 80). Not a
    // free mailbox's domain, nor one naming a brand.
    // The whole From name repeated counts too: SharePoint writes its sharer's whole name in both,
    // "Marcus Hale (CEO)", which the parser reads as Marcus Hale writing through a product "CEO"
    // (real-mail round 94).
    const firms = !isSignUpDomain(org) && !namesBrand && principal !== null && firmsDomain(principal, org);
    const named =
      principal !== null &&
      (behalfOrg !== null
        ? firms
        : squeezed(r.displayName).toLowerCase() === principal.toLowerCase() ||
          squeezed(r.displayName).toLowerCase() === fromName ||
          firms);
    forPrincipal.set(org, (forPrincipal.get(org) ?? true) && named);
  }
  // The From's domain authenticated: DMARC passed, or, for Entra's own invitation template from a
  // tenant (lib/findings/entra-invitation.ts: since December 2025 Entra sends from the inviting
  // tenant's onmicrosoft.com name, which publishes no DMARC record; real-mail round 205), its own
  // aligned signature passed. Not any sender without a record: a rented tenant's "… via Microsoft
  // Teams" with a Reply-To elsewhere stays medium (red-team round 220).
  // So too a brand's own domain (not a sign-up one) whose aligned signature passed where no DMARC
  // row is read (SharePoint's notice on an amavisd-new box offline: real-mail round 202).
  const fromAuthenticated =
    a.dmarc.result === 'pass' ||
    (a.dmarc.result === 'none' &&
      (entraTemplate(from.address ?? '', from.displayName, from.domain) !== null ||
        (brandOfDomain(from.domain) !== null && !isSignUpDomain(from.domain))) &&
      hasAlignedPass(ctx));
  for (const [org, addresses] of byOrg) {
    // A reply address at a free mailbox belongs to a private person, whatever the From says;
    // unless the authenticated From itself spells that mailbox, as an ESP's shared sending domain
    // writes an account holder's address (Constant Contact: <local>-gmail.com@shared1.ccsend.com
    // for <local>@gmail.com): then what the reader sees names where the answer goes. Not for a
    // reply address that names a brand ("PayPal Resolution Center" <desk@gmail.com>, paypal@gmail.com):
    // a brand does not take its answers at a private mailbox, and the reply window shows that name.
    const spelled =
      a.dmarc.result === 'pass' && !branded.has(org) && addresses.every((r) => spells(from.address, r));
    const brand = brandOfDomain(from.domain) ?? brandInName(nameForBrands(ctx, from));
    // A brand's service (DocuSign, Google Docs) that authenticates and sends replies to the very
    // person its From names: what the reader sees is where the answer goes.
    const onBehalf = brand !== null && fromAuthenticated && forPrincipal.get(org) === true;
    // A masked-email relay's rewrite names the original sender (a brand included) in the From's
    // name and takes replies at its own reply host (Firefox Relay's replies@relay.firefox.com):
    // the brand is the forwarded sender's, the reply address the reader's own relay's, as its own
    // servers handed it over (real-mail round 190; an alias's signature replayed from elsewhere,
    // probe106, fails our SPF check).
    const relayHost = MASKED_RELAY_REPLY_HOSTS[orgDomain(from.domain)];
    const relaysOwn =
      relayHost !== undefined &&
      a.dmarc.result === 'pass' &&
      (a.mode !== 'online' || (a.spf.result === 'pass' && a.spf.aligned)) &&
      addresses.every((r) => domainOf(r).toLowerCase() === relayHost);
    // A list that sets Reply-To to its own posting address (Mailman's reply_goes_to_list, Sympa's
    // reply_to_header) writes it after the author signed: when only the signature the list's
    // changes were undone for vouches, that Reply-To is the list's doing, not a replay's. So is an
    // announce list's Reply-To to another list at its own host (Mailman 3 writes "List-Post: NO"
    // there, RFC 2369 §3.4): the List-Id's host, when it is also the envelope's (a list's bounce
    // address) and our SPF check passed it, so the message came through that host's servers
    // (real-mail round 24). Any other address (the list's domain included) stays unsigned. Never an
    // address whose display name speaks as the From ("Northbank Card Services" beside a Northbank
    // From): a list's reply_goes_to_list writes the bare address or the list's name, and a replayer
    // writes List-Post to match his Reply-To at no cost (red-team round 21).
    const asList = addresses.every((r) => !posingAsFrom.has(r));
    const toListPost = asList && listPost !== null && addresses.every((r) => r.toLowerCase() === listPost);
    const toListHost =
      asList && listHost !== null && addresses.every((r) => domainOf(r).toLowerCase() === listHost);
    const listsOwn = unsigned === 'restored' && (toListPost || toListHost);
    // A group's posting address at a sign-up domain (Google Groups' googlegroups.com) is the group's,
    // not a private mailbox's, when the group itself vouches for it: a trusted forwarder's ARC seal
    // recorded the author's pass, or the Reply-To's own organisation signed the Reply-To; and the
    // author's signature vouches once restored or as recorded (real-mail round 24). Risk: an
    // attacker's own Google Group replaying a p=none domain's signed mail (Groups rewrites From
    // for p=quarantine/reject authors) sends replies to his group with a low finding; the group
    // is then the visible list (List-Id, footer, "[tag]"), and a hand-written List-Post alone
    // (restored only, no seal or signature of the group's) keeps the sign-up domain medium.
    const groupsOwn =
      toListPost &&
      (unsigned === 'restored' || forwarded.length > 0) &&
      (forwarded.length > 0 ||
        a.dkim.some((d) => d.result === 'pass' && sameOrg(d.domain, org) && coversField(d, 'reply-to')));
    const free = isSignUpDomain(org) && !isSignUpDomain(from.domain) && !spelled && !groupsOwn;
    // A person's own free mailbox behind a brand's service writing for that person ("Dana
    // Whitfield (via Google Docs)", Reply-To "Dana Whitfield" <dana.whitfield@gmail.com>): a
    // friend's share, where the reader sees whose it is (real-mail round 78). Not a Reply-To that
    // names a brand, nor one whose mailbox holds the reader's organisation's name
    // (priya.raman.tidewater@gmail.com to a reader at tidewater.example, probe82): a friend's own
    // mailbox is hers, an impersonator's carries the employer. The name the user chose is judged
    // by the display-name rules.
    const personsOwn =
      free &&
      onBehalf &&
      !branded.has(org) &&
      // A desk's name is no friend's: "IT Helpdesk (via Google Docs)" answered at "IT Helpdesk"
      // <it.helpdesk.staff@gmail.com> is the lure (probe86).
      !(principal !== null && namesInternalDesk(principal)) &&
      !a.replyTo.some((r) => addresses.includes(r.address) && namesReaderOrg(ctx, r));
    // A store platform writing for a store with no domain of its own, from the store's own
    // address there, answering at the store's own mailbox under the same name: "Juniper & Fern"
    // <store+93417@t.shopifyemail.com>, replies to "Juniper & Fern" at its Gmail (real-mail round
    // 93). Where the reader sees whose it is, as a friend's share: not a name naming a brand, a
    // desk, or the reader's organisation, which the name rules judge. Not an invoicing
    // platform (Stripe), where a vendor's name and a free mailbox are the invoice fraud's.
    const customersOwn =
      free &&
      a.dmarc.result === 'pass' &&
      storeSender(orgDomain(from.domain), from.address) &&
      fromName !== '' &&
      !branded.has(org) &&
      brandInName(from.displayName) === null &&
      !namesInternalDesk(from.displayName) &&
      !namesAService(from.displayName) &&
      a.replyTo
        .filter((r) => addresses.includes(r.address))
        .every((r) => squeezed(r.displayName).toLowerCase() === fromName && !namesReaderOrg(ctx, r));
    // A file-transfer service that makes its uploader confirm his address before the transfer goes
    // out and writes it as Reply-To and in the Subject ("dana.whitfield@gmail.com sent you some
    // files": real-mail round 101): what the reader sees names where the answer goes. Not an
    // address whose mailbox names a brand, a bank's or a desk's service, or the reader's
    // organisation (rw101-*-wetransfer-brand-named-uploader).
    const subject = (ctx.message.subject ?? '').toLowerCase();
    // The one Reply-To, at a public mailbox whose name names no brand, no bank's or desk's service
    // and not the reader's organisation, that `confirmed` says the platform confirmed.
    const confirmedMailbox = (confirmed: (r: { address: string; displayName: string }) => boolean) =>
      free &&
      addresses.length === 1 &&
      !branded.has(org) &&
      a.replyTo
        .filter((r) => addresses.includes(r.address))
        .every((r) => {
          const local = r.address.slice(0, r.address.lastIndexOf('@'));
          return (
            confirmed(r) && !namesAService(local) && !namesReaderOrg(ctx, r) && !mailboxLures(ctx, local)
          );
        });
    const uploadersOwn =
      a.dmarc.result === 'pass' &&
      TRANSFER_PLATFORMS.has(orgDomain(from.domain)) &&
      confirmedMailbox((r) => subject.includes(r.address.toLowerCase()) && !namesAService(r.displayName));
    // A platform's verified sender address at a public mailbox, written as the name and as the
    // Reply-To (a club's Gmail via SurveyMonkey: probe120), on the same terms as an uploader's.
    const verified = verifiedSenderVia(ctx, from);
    const verifiedOwn = verified !== null && confirmedMailbox((r) => r.address.toLowerCase() === verified);
    const unsignedHere = unsigned !== false && !listsOwn;
    out.push({
      id: 'reply-to-other-org',
      severity:
        (free && !personsOwn && !customersOwn && !uploadersOwn && !verifiedOwn) ||
        unsignedHere ||
        (brand && !onBehalf && !relaysOwn)
          ? 'medium'
          : 'low',
      ...texts(
        msg('finding_reply_to_other_org_title', { org, from: orgDomain(from.domain) }),
        sentences([
          msg('finding_reply_to_other_org_detail', { addresses: { list: addresses }, domain: from.domain }),
          free && msg('finding_reply_to_free', { org }),
          onBehalf && (!free || personsOwn) && msg('finding_reply_to_on_behalf', { name: principal ?? '' }),
          unsignedHere && msg('finding_reply_to_unsigned', { domain: from.domain }),
          msg('finding_reply_to_other_org_why'),
        ]),
      ),
      evidence: uniq([...firstHeaderLine(ctx.message, 'from'), ...firstHeaderLine(ctx.message, 'reply-to')]),
    });
  }
  return out;
}

/** The shortest organisation name read inside a mailbox's local part. */
/** A masked-email relay's From organisation and the host it takes replies at (Firefox Relay). */
const MASKED_RELAY_REPLY_HOSTS: Readonly<Record<string, string>> = { 'mozmail.com': 'relay.firefox.com' };

const MIN_READER_LABEL = 5;

/**
 * Stems of a desk's, a bank's or a payment's mailbox, found inside a free mailbox's run-together
 * name ("accountspayable.invoices", "northbankfraudteam": probe105; "northbank.carddesk":
 * probe111). Four letters or more, few enough that a person's name rarely holds one by chance.
 */
const MAILBOX_LURE_STEMS = [
  'helpdesk',
  'servicedesk',
  'desk',
  'support',
  'admin',
  'payroll',
  'finance',
  'account',
  'billing',
  'security',
  'invoice',
  'payable',
  'receivable',
  'remittance',
  'statement',
  'fraud',
  'refund',
  'payment',
  'banking',
  'wallet',
  'verif',
  'customer',
  'service',
  'webmail',
  'mailbox',
  'postmaster',
  'banco',
  'banque',
  'cliente',
  'factura',
  'facture',
  'rechnung',
  'buchhaltung',
  'comptab',
  'contab',
  'nomina',
];

/** The stems as looseSkeleton writes them ("billing" → "bllllng"), to compare with a folded name. */
const LOOSE_LURE_STEMS = MAILBOX_LURE_STEMS.map(looseSkeleton);

/**
 * Whether a free mailbox's name, its separators dropped and look-alike letters read as what they
 * imitate (Gmail ignores dots: "tide.water.payables"; "tidevvater.ap"), holds a desk's, a bank's
 * or a payment's stem, or the reader's organisation's name (probe105). The uploader of a file
 * transfer confirms only that the mailbox is his; its name is his to choose.
 */
function mailboxLures(ctx: Parameters<FindingRule>[0], local: string): boolean {
  const folded = looseSkeleton(nameSkeleton(local.replace(/[._+-]+/g, '')));
  if (LOOSE_LURE_STEMS.some((w) => folded.includes(w))) return true;
  // A brand in the mailbox, digits glued or not ("microsoft365.sharedfiles": probe111).
  if (brandInName(local.replace(/[._+\-\d]+/g, ' '))) return true;
  return readerOrganisations(ctx.message, ctx.analysis.hops, ctx.options.recipientDomains).some((d) => {
    const label = orgLabel(orgDomain(d));
    return (
      label.length >= MIN_READER_LABEL &&
      folded.includes(looseSkeleton(nameSkeleton(label.replace(/-/g, ''))))
    );
  });
}

/**
 * Whether the mailbox name holds the reader's organisation's name (tidewater of tidewater.example)
 * where the person's own name does not: alice.hunter@gmail.com, "Alice Hunter", to a reader at
 * hunter.example is her surname (real-mail round 78).
 */
function namesReaderOrg(
  ctx: Parameters<FindingRule>[0],
  r: { address: string; displayName: string },
): boolean {
  const local = r.address.slice(0, r.address.lastIndexOf('@')).toLowerCase();
  const name = ` ${r.displayName.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  return readerOrganisations(ctx.message, ctx.analysis.hops, ctx.options.recipientDomains).some((d) => {
    const label = orgLabel(orgDomain(d));
    return label.length >= MIN_READER_LABEL && local.includes(label) && !name.includes(` ${label} `);
  });
}

/**
 * The From domain authenticates only through DKIM (no aligned SPF pass: the message did not come
 * from the domain's own servers), and no aligned vouching signature lists Reply-To in h= (RFC 6376
 * §5.4.1 names it among the fields to sign). Anyone holding one of the domain's signed messages
 * can then replay it with a Reply-To of their own, as with text after l= (lib/findings/dkim.ts).
 * `restored` when every vouching signature verifies only once a list's changes are undone;
 * otherwise true, or false when Reply-To is signed or nothing vouches.
 */
function replyToUnsigned(
  a: Pick<Analysis, 'from' | 'mode' | 'spf' | 'dkim' | 'origin' | 'gateway'>,
  entry: DkimCheck[],
  forwarded: DkimCheck[],
): boolean | 'restored' {
  // Signatures Exchange Online saw pass before the reader's own rule changed the message vouch as
  // they did then (lib/findings/receiver-record.ts); so do the one a list's or a gateway's changes
  // were undone for, the one a believed gateway recorded passing (vouchingSignatures), and the one
  // a trusted forwarder recorded passing under its ARC seal (forwarderRecordedSignatures).
  const vouching = [...vouchingSignatures(a, NOT_MICROSOFT, true), ...entry, ...forwarded];
  if (vouching.length === 0 || vouching.some((d) => coversField(d, 'reply-to'))) return false;
  return vouching.every((d) => d.listRestore) ? 'restored' : true;
}

/**
 * The list's host (the List-Id `announce.lists.example.org` less its first label) when the envelope
 * is a list's bounce address there and our SPF check passed it; else null.
 */
function envelopeListHost(a: Pick<Analysis, 'returnPath' | 'spf'>, list: ListEvidence): string | null {
  const dot = list.id.indexOf('.');
  const host = dot < 0 ? '' : list.id.slice(dot + 1);
  if (!host.includes('.') || !list.signs.includes('envelope sender')) return null;
  const envelope = a.returnPath ? domainOf(a.returnPath).toLowerCase() : '';
  const spf = a.spf.result === 'pass' ? (a.spf.domain ?? '').toLowerCase() : '';
  return envelope === host && spf === host ? host : null;
}

/**
 * Whether a reply (or Sender) address's display name speaks as the From: it holds the From domain's
 * registrable label ("Northbank Card Services" for northbank.example; four letters or more) or
 * repeats the From's display name.
 */
export function namesFrom(displayName: string, from: { domain: string; displayName: string }): boolean {
  const name = squeezed(displayName).toLowerCase();
  if (!name) return false;
  const label = orgLabel(from.domain).replace(/[^a-z0-9]/g, '');
  if (label.length >= 4 && name.replace(/[^a-z0-9]/g, '').includes(label)) return true;
  // As a reader sees it: a Cyrillic о or full-width letters spell the same name (probe23), folded
  // as the look-alike rules fold them (NFKC, UTS #39 confusables), from the name as written and
  // lower-cased: a Greek capital Ν is an N, but lower-cased first it is a ν, which folds to v (probe24).
  const spelt = (s: string) =>
    skeleton(s.replace(/\s+/g, ''))
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '');
  const key = label.length >= 4 ? skeleton(label) : '';
  if (key && (spelt(squeezed(displayName)).includes(key) || spelt(name).includes(key))) return true;
  const fromName = squeezed(from.displayName).toLowerCase();
  return fromName.length >= 3 && name === fromName;
}

/** Whether the local part of `from` is the address `reply` written as `<local>-<domain>`. */
function spells(from: string, reply: string): boolean {
  const at = reply.lastIndexOf('@');
  const local = from.slice(0, from.lastIndexOf('@')).toLowerCase();
  return at > 0 && local === `${reply.slice(0, at)}-${reply.slice(at + 1)}`.toLowerCase();
}

/** A display name squeezed: single spaces, no surrounding quotes. */
function squeezed(name: string): string {
  return name
    .replace(/^["']|["']$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Whether the organisational domain's label is the firm's name written together ("Hartley 365
 * Legal", hartley365legal.example), in one of the ways firms write their names into domains
 * (nameSpellings).
 */
function firmsDomain(name: string, org: string): boolean {
  const label = orgLabel(org).replace(/-/g, '');
  return nameSpellings(name).some((n) => n.length >= 4 && n === label);
}

/**
 * The organisation a service's From writes for: "Microsoft Invitations on behalf of Fenwick
 * Architects" (Entra B2B invitations, whose Reply-To is the inviter: real-mail round 193); else null.
 */
function organisationOnBehalf(displayName: string): string | null {
  const who = namedOnBehalf(squeezed(displayName));
  return who && who.length >= 3 ? who : null;
}

/** The person a service's From names: "Jane Doe via Docusign", "Alice Martin (Google Docs)"; else null. */
function onBehalfOf(displayName: string): string | null {
  const name = squeezed(displayName);
  const m = /^(.+?) via \S.*$/i.exec(name) ?? /^(.+?) ?\([^()]+\)$/.exec(name);
  const who = m?.[1]?.trim();
  return who && who.length >= 3 ? who : null;
}

/** A From display name that can name a person (three characters or more), else null. */
function personName(displayName: string): string | null {
  const name = squeezed(displayName);
  return name.length >= 3 ? name : null;
}

/**
 * Words of a bank's, a payment service's or a desk's name, which a store's own name does not hold
 * ("Northbank Card Services" as a Shopify store answering at a Gmail of the same name: probe101).
 */
const SERVICE_WORDS: ReadonlySet<string> = new Set([
  ...DESK_WORDS,
  ...GENERIC_DESK_WORDS,
  'bank',
  'banking',
  'fraud',
  'refund',
  'refunds',
  'payment',
  'payments',
  'wallet',
  'verification',
  'cardholder',
  'cardholders',
  'customer',
  'customers',
  // The same in the interface's languages, compared without accents (probe104: "Banco Norte
  // Atención al Cliente").
  'banco',
  'banca',
  'banque',
  'cliente',
  'clientes',
  'client',
  'clients',
  'clientele',
  'atencion',
  'servicio',
  'servicios',
  'kundenservice',
  'kundendienst',
  'kunden',
]);

/**
 * Whether a name holds a word of a bank's, a payment service's or a desk's (SERVICE_WORDS), or a
 * word that mixes Latin letters with Cyrillic or Greek ones ("Card Sеrvices" with a Cyrillic е:
 * probe104), which no store's own name does. "Riverbank Pottery" holds none: a word is matched
 * whole.
 */
function namesAService(name: string): boolean {
  const words = nameWords(name);
  return words.some((w, i) => {
    if (/\p{Script=Latin}/u.test(w) && /[\p{Script=Cyrillic}\p{Script=Greek}]/u.test(w)) return true;
    if (!SERVICE_WORDS.has(w)) return false;
    // A generic word (team, staff, office) names a desk unless a trade's or a club's word follows
    // it: "Northbank Card Services", "Northbank Card Service Center", not the stores "Tidewater
    // Team Sports" or "Staff Picks" (real-mail round 117, red-team round 122).
    if (!GENERIC_DESK_WORDS.has(w) || DESK_WORDS.has(w)) return true;
    return !tradeNameAfter(words, i + 1, w);
  });
}
