// Red-team round 218: the lead's last hour in lib/ (commits 40bef061, 8458f086, af8bcae9), both
// directions.
// - lib/findings/brand-freemail.ts entraInvitation: "Microsoft Invitations on behalf of <X>" from
//   invites@<tenant>.onmicrosoft.com (.us, .partner.onmschina.cn) with an aligned pass no longer
//   raises brand-on-freemail unless brandInName(X) or namesOnlyDesk(X). Attacks from tenants the
//   attacker rents (a Microsoft 365 trial is a credit card away; he names the tenant and creates an
//   `invites` mailbox in it, so Exchange Online sends and signs whatever he writes): X spelled as the
//   reader still reads a brand the list misses ("Wells Fargo™", "BankofAmerica"), X a Microsoft
//   product outside the brand words ("M365 Admin", "Outlook Team"), X a desk the desk lexicon misses
//   ("IT Helpdesk", which the commit's own comment names as a desk, German and Spanish IT desks), X a
//   bank outside the list, X the reader's own organisation, X a look-alike of the reader's partner,
//   a homoglyph in "Microsoft", the local part in capitals; and a cross-tenant From: his tenant's
//   signature and envelope under a PARTNER's tenant name (relaxed alignment over onmicrosoft.com,
//   which the PSL does not list).
// - lib/findings/reply-to.ts: onBehalf with DMARC none + hasAlignedPass; nameSpellings' short
//   forms. Genuine controls: invitations whose firm domain writes only one of two words short
//   (Mount Pleasant Dental Center, mtpleasantdentalcenter), or whose NAME is the short form and the
//   domain the long one (Acme Intl., St. Brigid's), a 21Vianet and a GCC-High tenant's invitation.
// - lib/auth/dkim-strict.ts field-added + lib/findings/auth-state.ts providerPassUnfounded: round
//   215's replay (a second Reply-To above the bank's once-signed one, OpenDKIM passes the signed
//   copy) with a copy of the bank's DKIM-Signature beside it whose failure is neither a hash
//   failure nor field-added (a selector with no key, a=rsa-sha1), so not every check "named" is
//   field-added and the provider's pass is taken again. Genuine control: the bank's own notice.
// Findings: a field-added replay with a copy of the bank's field whose s= has no key reads
// AUTHENTICATED on the box (pending A); a rented tenant's invitation naming "Wells Fargo™",
// "BankofAmerica", "M365 Admin", "Outlook Team", "IT Helpdesk" or a German/Spanish IT desk, with a
// Reply-To at his domain spelling that name, reads unverified (pending B); genuine invitations whose
// domain mixes short and long forms read suspicious (pending C). Held: the cross-tenant From (his
// tenant's d= under the partner's tenant name: spoofed, tenants are told apart in alignment), a
// homoglyph in "Microsoft", a zero-width PayPal principal, the reader's own organisation
// (display-name-reader-org), the a=rsa-sha1 copy, and the 21Vianet / GCC High controls.
// Where the layouts were learnt:
// - Entra's post-December-2025 invitation: From "Microsoft Invitations on behalf of <primary
//   domain>" <invites@<primary domain>.onmicrosoft.com>, Reply-To the inviter: Microsoft Learn "B2B
//   invitation email elements" as quoted in realworld205.ts's header; its modelled signing (the
//   tenant's default d=<tenant>.onmicrosoft.com, selector1-<tenant>-onmicrosoft-com, envelope the
//   From, NAM11 outbound, microsoft.com's ARC i=1, no DMARC record) copied from realworld205.ts
//   (compose / toGmail / toOpendkimBox there). GCC High's onmicrosoft.us and 21Vianet's
//   partner.onmschina.cn parents: the commit's ENTRA_TENANT_PARENTS; 21Vianet's outbound host
//   (CHN02-SH0-obe.outbound.protection.partner.outlook.cn, 139.219.146.97): probe217.ts.
// - Exchange Online signing a tenant's mail for a domain without custom DKIM with the tenant's own
//   onmicrosoft.com key, whatever From the mail carries: realworld205.ts's modelling and the
//   round-200 tenant tricks (probe200/202); NOT confirmed that Exchange Online relays a header From
//   of another tenant's onmicrosoft.com name (P1 is his own, accepted domain).
// - The replayed bank notice, OpenDKIM's rows with header.b and the second Reply-To on top:
//   probe215.ts group1f (Gmail refuses duplicate single fields, so the reader is on a box).
// - Microsoft's brand words, the desk lexicon: lib/findings/domains.ts BRANDS / SERVICE_WORDS, read
//   for this round with a scratch script (brandInName("Wells Fargo™") is null: shownText writes ™
//   as "TM"; namesOnlyDesk("IT Helpdesk") is false: neither "it" nor "helpdesk" is a desk word).
// NOT confirmed: every signing detail of the new invitations (see realworld205); whether a tenant
// name may carry "™" (Entra accepts Unicode organisation names; the attacker can in any case write
// any display name on his own `invites` mailbox); whether OpenDKIM writes "no key" rows as below.
// Names and addresses are documentation ones except Microsoft's hosts and ranges.
import type { CaseExpectation } from '../../helpers/corpus';
import {
  ATTACKER_IP,
  authenticZone,
  BANK,
  emitCase,
  KEY,
  NOT_TRUSTED,
  ptr,
  RECEIVER,
  type Relay,
  SIGNED,
  signAll,
} from '../kit';
import { keyZone, sealCorpus } from '../list-shapes';
import { M365_SPF_ZONE, senderTenantHops } from '../m365-shapes';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';
import { gmailDelivery, gmailDkim, gmailSpf } from '../receivers';
import { probeCorpus } from '../rounds-kit';

const P = 'r218-';
const GMAIL_ARGS = ['--webmail', 'gmail'];
const BOX_ARGS = ['--authserv-id', RECEIVER, '--recipient-domain', 'reader.example'];
const NOT_AUTH: CaseExpectation = { notVerdict: ['authenticated'] };
const TRUSTED: CaseExpectation = { verdict: ['authenticated', 'unverified'], notVerdict: ['spoofed'] };

const NAM_V4: Relay = {
  helo: 'NAM11-CO1-obe.outbound.protection.outlook.com',
  rdns: 'mail-co1nam11on2121.outbound.protection.outlook.com',
  ip: '40.107.220.121',
};
const CHN: Relay = {
  helo: 'CHN02-SH0-obe.outbound.protection.partner.outlook.cn',
  rdns: 'mail-sh0chn02on2097.outbound.protection.partner.outlook.cn',
  ip: '139.219.146.97',
};
const M365_INCLUDE = 'v=spf1 include:spf.protection.outlook.com -all';

// ---- One tenant's invitation ----
interface Invite {
  /** The tenant From's domain (<label>.onmicrosoft.com …). */
  fromDomain: string;
  principal: string;
  /** The display name, when not Microsoft's template for `principal`. */
  display?: string;
  local?: string;
  /** The signing (and envelope) tenant, when another than the From's. */
  signer?: string;
  replyTo: string;
  inviter: string;
  relay?: Relay;
  n: string;
}

const tenantSelector = (d: string) => `selector1-${d.replace(/\./g, '-')}`;
const signerOf = (s: Invite) => s.signer ?? s.fromDomain;
const envelopeOf = (s: Invite) => `invites@${signerOf(s)}`;

async function compose(s: Invite, to: string): Promise<string> {
  const display = s.display ?? `Microsoft Invitations on behalf of ${s.principal}`;
  let raw = submitted({
    from: `${display} <${s.local ?? 'invites'}@${s.fromDomain}>`,
    to,
    subject: `${s.inviter} invited you to collaborate with ${s.principal}`,
    date: 'Fri, 20 Nov 2026 09:59:40 +0000',
    messageId: `<MW4PR19MB5218${s.n}@MW4PR19MB5218.namprd19.prod.outlook.com>`,
    extraHeaders: [`Reply-To: ${s.inviter} <${s.replyTo}>`],
    body: `Please only act on this invitation if you trust the individual and organization represented below.\r\n\r\n${s.inviter} (${s.replyTo}) invited you to access applications within their organization ${s.principal}.\r\n\r\nAccept invitation: https://invitations.microsoft.com/redeem/?tenant=218example${s.n}\r\n`,
  });
  raw = onTop(raw, ...senderTenantHops('MW4PR19MB5218'));
  const d = signerOf(s);
  const signed = await signAll(raw, [[d, tenantSelector(d)]], SIGNED);
  return sealCorpus(signed, {
    domain: 'microsoft.com',
    selector: 'arcselector10001',
    cv: 'none',
    authResults: `mx.microsoft.com 1; spf=pass smtp.mailfrom=${d}; dmarc=none action=none header.from=${s.fromDomain}; dkim=pass header.d=${d}; arc=none`,
  });
}

function toGmail(raw: string, s: Invite): string {
  const d = signerOf(s);
  const relay = s.relay ?? NAM_V4;
  const rows = [
    gmailDkim(d, tenantSelector(d)),
    `arc=pass (i=1 spf=pass spfdomain=${d} dkim=pass dkdomain=${d});`,
    gmailSpf(envelopeOf(s), relay.ip),
  ];
  return gmailDelivery(raw, {
    relay,
    envelope: envelopeOf(s),
    results: rows.join('\r\n       '),
    ids: [`x218csp${s.n}pxa`, `a218si${s.n}qtb.218`],
    spf: 'pass',
    deliveredTo: true,
  });
}

const b8 = (raw: string) => {
  const m = raw.replace(/\r\n[ \t]+/g, ' ').match(/^DKIM-Signature:.*?;\s*b=([^;\r]+)/im);
  return (m?.[1] ?? '').replace(/\s+/g, '').slice(0, 8);
};

/** A Postfix box with OpenDKIM, OpenDMARC (no record: none) and an SPF policy daemon. */
function toBox(raw: string, s: Invite): string {
  const d = signerOf(s);
  const relay = s.relay ?? NAM_V4;
  const env = envelopeOf(s);
  return onTop(
    raw,
    `Return-Path: <${env}>`,
    'Delivered-To: robin@reader.example',
    `Received: from ${RECEIVER}\r\n\tby ${RECEIVER} with LMTP\r\n\tid w218${s.n}\r\n\t(envelope-from <${env}>)\r\n\tfor <robin@reader.example>; Fri, 20 Nov 2026 10:00:06 +0000`,
    `Authentication-Results: ${RECEIVER};\r\n\tdkim=pass (2048-bit key; unprotected) header.d=${d} header.i=@${d} header.a=rsa-sha256 header.s=${tenantSelector(d)} header.b=${b8(raw)};\r\n\tdkim-atps=neutral`,
    `Authentication-Results: ${RECEIVER}; dmarc=none (p=none dis=none) header.from=${s.fromDomain}`,
    `Authentication-Results: ${RECEIVER}; spf=pass smtp.mailfrom=${d}`,
    `Received: from ${relay.helo} (${relay.rdns} [${relay.ip}])\r\n\tby ${RECEIVER} (Postfix) with ESMTPS id 4Zr218${s.n}\r\n\tfor <robin@reader.example>; Fri, 20 Nov 2026 10:00:05 +0000 (UTC)`,
  );
}

// ---- The tenants ----
const T = {
  wfTm: 'wfcommercial.onmicrosoft.com',
  boa: 'boa-treasury.onmicrosoft.com',
  m365: 'm365admin-notices.onmicrosoft.com',
  outlook: 'outlookteam-mail.onmicrosoft.com',
  helpdesk: 'ithelpdesk-portal.onmicrosoft.com',
  deIt: 'it-abteilung-portal.onmicrosoft.com',
  esIt: 'soporte-tecnico-portal.onmicrosoft.com',
  chase: 'chasebank-cards.onmicrosoft.com',
  reader: 'reader-hr-portal.onmicrosoft.com',
  partnerLook: 'fenwick-architects.onmicrosoft.com',
  /** The reader's real partner's tenant (not the attacker's). */
  partner: 'fenwickarchitects.onmicrosoft.com',
  /** The attacker's own tenant used to sign for another's name. */
  own: 'kestrel-trading.onmicrosoft.com',
  homoglyph: 'contoso-invites.onmicrosoft.com',
  upper: 'fabrikam-projects.onmicrosoft.com',
  // Genuine
  mtp: 'mtpleasantdental.onmicrosoft.com',
  acme: 'acmeintl.onmicrosoft.com',
  brigid: 'stbrigids.onmicrosoft.com',
  cn: 'yangtzeoptics.partner.onmschina.cn',
  us: 'harborcounty.onmicrosoft.us',
};
const ATT_REPLY = 'partners-portal.example';
const ZONE: Record<string, unknown> = {
  ...M365_SPF_ZONE,
  ...ptr(NAM_V4.ip, NAM_V4.rdns),
  ...ptr(CHN.ip, CHN.rdns),
  'spf.protection.partner.outlook.cn': { TXT: ['v=spf1 ip4:139.219.0.0/16 -all'] },
  ...keyZone([
    'arcselector10001._domainkey.microsoft.com',
    ...Object.values(T).map((d) => `${tenantSelector(d)}._domainkey.${d}`),
  ]),
  ...Object.assign(
    {},
    ...Object.values(T).map((d) => ({
      [d]: {
        TXT: [d.endsWith('.cn') ? 'v=spf1 include:spf.protection.partner.outlook.cn -all' : M365_INCLUDE],
      },
    })),
  ),
  'microsoft.com': { TXT: [M365_INCLUDE] },
  '_dmarc.microsoft.com': { TXT: ['v=DMARC1; p=reject; pct=100'] },
  [ATT_REPLY]: { TXT: ['v=spf1 -all'] },
  ...Object.assign(
    {},
    ...[
      'wellsfargocommercial',
      'bankofamericatreasury',
      'm365admin',
      'outlookteam',
      'ithelpdesk',
      'itabteilung',
      'soportetecnico',
      'chasebank',
      'readerhr',
      'fenwick-architects',
      'wellsfargo-commercial',
      'paypal-merchant',
    ].map((l) => ({ [`${l}.example`]: { TXT: ['v=spf1 -all'] } })),
  ),
  'fenwickarchitects.example': { TXT: [M365_INCLUDE] },
  '_dmarc.fenwickarchitects.example': { TXT: ['v=DMARC1; p=reject'] },
};

// ---- The bank's replay (item 4) ----
const VPS: Relay = { helo: 'mail.attacker.example', rdns: 'mail.attacker.example', ip: ATTACKER_IP };
const BANK_RELAY: Relay = {
  helo: 'mail.northbank.example',
  rdns: 'mail.northbank.example',
  ip: '192.0.2.10',
};
const BANK_ZONE: Record<string, unknown> = {
  ...BANK,
  'nb1._domainkey.northbank.example': KEY(),
  ...authenticZone('attacker.example', ATTACKER_IP),
  ...ptr(VPS.ip, VPS.rdns),
  ...ptr(BANK_RELAY.ip, BANK_RELAY.rdns),
  'secure-inbox.example': { TXT: ['v=spf1 -all'] },
};
const topSig = (signed: string) => /^DKIM-Signature:[\s\S]*?\r\n(?=[^ \t])/i.exec(signed)![0];
const boxDkim = (r: string, b: string, selector = 'nb1', why = '') =>
  `dkim=${r}${why || (r === 'pass' ? ' (2048-bit key; unprotected key)' : ' (bad signature)')} header.d=northbank.example header.i=@northbank.example header.a=rsa-sha256 header.s=${selector} header.b=${b}`;
function bankBox(raw: string, rows: string[], relay: Relay, env: string, id: string): string {
  return onTop(
    raw,
    `Return-Path: <${env}>`,
    'Delivered-To: robin@reader.example',
    `Received: from ${RECEIVER}\r\n\tby ${RECEIVER} with LMTP\r\n\tid kR218x${id}vPWf0cQAAq2Xb7g\r\n\t(envelope-from <${env}>)\r\n\tfor <robin@reader.example>; Fri, 20 Nov 2026 10:00:05 +0000`,
    `Authentication-Results: ${RECEIVER};\r\n\t${[...rows, `spf=pass (${RECEIVER}: domain of ${env} designates ${relay.ip} as permitted sender) smtp.mailfrom=${env}`, 'dmarc=pass (p=reject dis=none) header.from=northbank.example'].join(';\r\n\t')}`,
    `Received: from ${relay.helo} (${relay.rdns} [${relay.ip}])\r\n\tby ${RECEIVER} (Postfix) with ESMTPS id 4Zr218Xk${id}z2vWc\r\n\tfor <robin@reader.example>; Fri, 20 Nov 2026 10:00:05 +0000`,
  );
}

export async function makeAll(write: CaseWriter): Promise<void> {
  const gmail = async (
    name: string,
    s: Invite,
    what: string,
    expect: CaseExpectation,
    twin = false,
  ): Promise<void> =>
    emitCase(write, {
      name: `${P}gmail-${name}`,
      class: 'entra-invitation',
      about: `${what} Read in Gmail.`,
      args: GMAIL_ARGS,
      eml: toGmail(await compose(s, 'robin.reader@gmail.com'), s),
      zone: ZONE,
      expect,
      twin,
    });
  const box = async (name: string, s: Invite, what: string, expect: CaseExpectation): Promise<void> =>
    emitCase(write, {
      name: `${P}box-${name}`,
      class: 'entra-invitation',
      about: `${what} Read on the reader's Postfix box (OpenDKIM, OpenDMARC dmarc=none).`,
      args: BOX_ARGS,
      eml: toBox(await compose(s, 'robin@reader.example'), s),
      zone: ZONE,
      expect,
    });
  const rented = (d: string) =>
    `Attack: the attacker rents a Microsoft 365 tenant (${d}), adds an "invites" mailbox and sends from it through Exchange Online (signed d=${d}, SPF pass, no DMARC record) with Microsoft's invitation template as its name and a Reply-To at a domain he registered that spells the principal (so reply-to.ts reads it as the principal's own),`;

  // ==== 1. entraInvitation: principals the brand and desk readings miss ====
  await gmail(
    'invites-tenant-behalf-wells-fargo-tm',
    {
      fromDomain: T.wfTm,
      principal: 'Wells Fargo™ Commercial',
      replyTo: 'commercial@wellsfargocommercial.example',
      inviter: 'Dana Whitfield',
      n: 'a1',
    },
    `${rented(T.wfTm)} "Microsoft Invitations on behalf of Wells Fargo™ Commercial", Reply-To at wellsfargocommercial.example (his domain, spelling the principal so reply-to.ts reads it as the principal's own). The reader reads Wells Fargo; shownText writes ™ as "TM" and brandInName("Wells FargoTM Commercial") finds nothing, so the exemption applies. Wanted: suspicious (a bank named on a rented tenant, Microsoft's words beside it).`,
    NOT_TRUSTED,
    true,
  );
  await gmail(
    'invites-tenant-behalf-bankofamerica-glued',
    {
      fromDomain: T.boa,
      principal: 'BankofAmerica Treasury',
      replyTo: 'onboarding@bankofamericatreasury.example',
      inviter: 'Treasury Onboarding',
      n: 'a2',
    },
    `${rented(T.boa)} "Microsoft Invitations on behalf of BankofAmerica Treasury" (the words run together, as on the bank's own domain bankofamerica.com). Wanted: suspicious.`,
    NOT_TRUSTED,
  );
  await gmail(
    'invites-tenant-behalf-m365-admin',
    {
      fromDomain: T.m365,
      principal: 'M365 Admin',
      replyTo: 'admin@m365admin.example',
      inviter: 'M365 Admin',
      n: 'a3',
    },
    `${rented(T.m365)} "Microsoft Invitations on behalf of M365 Admin": Microsoft's own product named as the principal in a form the brand words (microsoft, office 365, onedrive, sharepoint) miss. Wanted: suspicious (Microsoft speaking for Microsoft from a stranger's tenant).`,
    NOT_TRUSTED,
    true,
  );
  await gmail(
    'invites-tenant-behalf-outlook-team',
    {
      fromDomain: T.outlook,
      principal: 'Outlook Team',
      replyTo: 'team@outlookteam.example',
      inviter: 'Outlook Team',
      n: 'a4',
    },
    `${rented(T.outlook)} "Microsoft Invitations on behalf of Outlook Team". Wanted: suspicious.`,
    NOT_TRUSTED,
  );
  await gmail(
    'invites-tenant-behalf-it-helpdesk',
    {
      fromDomain: T.helpdesk,
      principal: 'IT Helpdesk',
      replyTo: 'tickets@ithelpdesk.example',
      inviter: 'IT Helpdesk',
      n: 'a5',
    },
    `${rented(T.helpdesk)} "Microsoft Invitations on behalf of IT Helpdesk", the very desk the commit's comment means to keep out; namesOnlyDesk("IT Helpdesk") is false (neither "it" nor "helpdesk" is a desk word). Wanted: suspicious.`,
    NOT_TRUSTED,
    true,
  );
  await gmail(
    'invites-tenant-behalf-it-abteilung-german-desk',
    {
      fromDomain: T.deIt,
      principal: 'IT-Abteilung',
      replyTo: 'tickets@itabteilung.example',
      inviter: 'IT-Abteilung',
      n: 'a6',
    },
    `${rented(T.deIt)} "Microsoft Invitations on behalf of IT-Abteilung" (a German reader's IT department). Wanted: suspicious (a desk, not an organisation).`,
    NOT_TRUSTED,
  );
  await gmail(
    'invites-tenant-behalf-soporte-tecnico-spanish-desk',
    {
      fromDomain: T.esIt,
      principal: 'Soporte Técnico',
      replyTo: 'tickets@soportetecnico.example',
      inviter: 'Soporte Técnico',
      n: 'a7',
    },
    `${rented(T.esIt)} "Microsoft Invitations on behalf of Soporte Técnico" (technical support, Spanish). Wanted: suspicious.`,
    NOT_TRUSTED,
  );
  await gmail(
    'invites-tenant-behalf-chase-bank-not-in-brand-list',
    {
      fromDomain: T.chase,
      principal: 'Chase Bank',
      replyTo: 'cards@chasebank.example',
      inviter: 'Chase Card Services',
      n: 'a8',
    },
    `${rented(T.chase)} "Microsoft Invitations on behalf of Chase Bank" (a bank outside the brand list). The engine cannot know the name; a genuine tenant's invitation reads the same. Wanted: not authenticated.`,
    NOT_AUTH,
  );
  await box(
    'invites-tenant-behalf-readers-own-org',
    {
      fromDomain: T.reader,
      principal: 'Reader HR',
      replyTo: 'people@readerhr.example',
      inviter: 'Reader HR',
      n: 'a9',
    },
    `${rented(T.reader)} "Microsoft Invitations on behalf of Reader HR" to robin@reader.example: an outside tenant inviting the reader as a guest in the name of the reader's own organisation (a guest invitation from one's own employer does not happen: members are not guests). Wanted: suspicious.`,
    NOT_TRUSTED,
  );
  await gmail(
    'invites-tenant-lookalike-partner',
    {
      fromDomain: T.partnerLook,
      principal: 'Fenwick Architects',
      replyTo: 'm.fenwick@fenwick-architects.example',
      inviter: 'Mara Fenwick',
      n: 'b1',
    },
    `${rented(T.partnerLook)} "Microsoft Invitations on behalf of Fenwick Architects" (the reader's partner is fenwickarchitects.example; its real tenant fenwickarchitects.onmicrosoft.com), Reply-To at his own domain. Indistinguishable from a genuine invitation by name. Wanted: not authenticated.`,
    NOT_AUTH,
  );
  await gmail(
    'invites-homoglyph-microsoft-template',
    {
      fromDomain: T.homoglyph,
      principal: 'Wells Fargo',
      display: 'Micrоsoft Invitations on behalf of Wells Fargo',
      replyTo: 'onboarding@wellsfargo-commercial.example',
      inviter: 'Wells Fargo',
      n: 'b2',
    },
    `${rented(T.homoglyph)} with a Cyrillic "о" in "Microsoft" and Wells Fargo as principal. Wanted: suspicious.`,
    NOT_TRUSTED,
  );
  await gmail(
    'invites-upper-local-part-behalf-paypal-zero-width',
    {
      fromDomain: T.upper,
      principal: 'Pay\u200bPal',
      local: 'INVITES',
      replyTo: 'merchant@paypal-merchant.example',
      inviter: 'PayPal',
      n: 'b3',
    },
    `${rented(T.upper)} from INVITES@ (capitals), "Microsoft Invitations on behalf of Pay<ZWSP>Pal". Wanted: suspicious.`,
    NOT_TRUSTED,
  );

  // ==== 2. Cross-tenant: his tenant signs for the partner's tenant name ====
  const cross: Invite = {
    fromDomain: T.partner,
    signer: T.own,
    principal: 'Fenwick Architects',
    replyTo: `m.fenwick@${ATT_REPLY}`,
    inviter: 'Mara Fenwick',
    n: 'c1',
  };
  const crossWhat = `Attack: the attacker's own tenant (${T.own}, envelope and d= his) sends "Microsoft Invitations on behalf of Fenwick Architects" <invites@${T.partner}>, the reader's real partner's tenant name, which he does not hold. onmicrosoft.com is not on the PSL and no DMARC record is published, so relaxed alignment would make his signature "aligned" with every tenant's name. Wanted: suspicious (the partner's tenant never signed).`;
  await gmail('invites-cross-tenant-partner-name-his-signature', cross, crossWhat, NOT_TRUSTED, true);
  await box('invites-cross-tenant-partner-name-his-signature', { ...cross, n: 'c2' }, crossWhat, NOT_TRUSTED);

  // ==== 3. Genuine invitations (nameSpellings' short forms, the other parents) ====
  await gmail(
    'genuine-invites-mount-pleasant-dental-center-half-short',
    {
      fromDomain: T.mtp,
      principal: 'Mount Pleasant Dental Center',
      replyTo: 'office@mtpleasantdentalcenter.example',
      inviter: 'Office Manager',
      n: 'g1',
    },
    `Genuine: "Microsoft Invitations on behalf of Mount Pleasant Dental Center" <invites@${T.mtp}>, Reply-To the office at mtpleasantdentalcenter.example (the domain writes Mount short and Center long, as firms' domains commonly mix). Wanted: authenticated or unverified.`,
    TRUSTED,
  );
  await gmail(
    'genuine-invites-acme-intl-name-short-domain-long',
    {
      fromDomain: T.acme,
      principal: 'Acme Intl.',
      replyTo: 'j.okoro@acmeinternational.example',
      inviter: 'Jide Okoro',
      n: 'g2',
    },
    `Genuine: "Microsoft Invitations on behalf of Acme Intl." <invites@${T.acme}>, Reply-To at acmeinternational.example: the tenant's name is the short form, the domain the long one (nameSpellings shortens, never lengthens). Wanted: authenticated or unverified.`,
    TRUSTED,
    true,
  );
  await gmail(
    'genuine-invites-st-brigids-domain-saint',
    {
      fromDomain: T.brigid,
      principal: "St. Brigid's Hospice",
      replyTo: 'volunteers@saintbrigidshospice.example',
      inviter: 'Volunteer Office',
      n: 'g3',
    },
    `Genuine: "Microsoft Invitations on behalf of St. Brigid's Hospice", Reply-To at saintbrigidshospice.example (name short, domain long). Wanted: authenticated or unverified.`,
    TRUSTED,
  );
  await gmail(
    'genuine-invites-21vianet-tenant',
    {
      fromDomain: T.cn,
      principal: 'Yangtze Optics',
      replyTo: 'chen.hua@yangtzeoptics.example',
      inviter: 'Chen Hua',
      relay: CHN,
      n: 'g4',
    },
    `Genuine: a 21Vianet tenant's invitation "Microsoft Invitations on behalf of Yangtze Optics" <invites@${T.cn}>, out of 21Vianet's outbound, Reply-To at yangtzeoptics.example. Wanted: authenticated or unverified.`,
    TRUSTED,
  );
  await box(
    'genuine-invites-gcc-high-tenant',
    {
      fromDomain: T.us,
      principal: 'Harbor County',
      replyTo: 'it.admin@harborcounty.example',
      inviter: 'Lee Park',
      n: 'g5',
    },
    `Genuine: a GCC High tenant's invitation "Microsoft Invitations on behalf of Harbor County" <invites@${T.us}>, Reply-To at harborcounty.example. Wanted: authenticated or unverified.`,
    TRUSTED,
  );

  // ==== 4. field-added: a copy of the bank's field whose failure is no hash failure ====
  {
    const own = 'Reply-To: Northbank Support <support@northbank.example>';
    const notice = submitted({
      from: 'Northbank <alerts@northbank.example>',
      to: 'robin@reader.example',
      subject: 'Your statement is ready',
      date: 'Fri, 20 Nov 2026 10:00:00 +0000',
      messageId: '<stmt-2026-11.r218@northbank.example>',
      body: 'Your November statement is ready in online banking.\r\n',
      extraHeaders: [own],
    });
    const signed = await signAll(notice, [['northbank.example', 'nb1']], SIGNED);
    const sig = topSig(signed);
    const b = b8(signed);
    const added = 'Reply-To: "Northbank Cards" <northbank.cards@secure-inbox.example>';
    const copies: Array<[string, string, string, string]> = [
      [
        'copy-no-key-selector',
        sig.replace(/\bs=nb1;/, 's=nb9;'),
        boxDkim('permerror', b, 'nb9', ' (no key for signature)'),
        "a copy of the bank's DKIM-Signature with s=nb9 (no key published: neither a hash failure nor field-added)",
      ],
      [
        'copy-rsa-sha1',
        sig.replace(/\ba=rsa-sha256;/, 'a=rsa-sha1;'),
        boxDkim('fail', b, 'nb1', ' (bad signature)'),
        "a copy of the bank's DKIM-Signature with a=rsa-sha1 (refused as sha1 before any hash is compared)",
      ],
    ];
    for (const [slug, copy, row, what] of copies) {
      emitCase(write, {
        name: `${P}box-second-reply-to-with-${slug}`,
        class: 'online-line-match',
        about: `Attack (round 215's, past its fix): the bank's notice signs its own Reply-To once; the attacker replays it from his VM with a second Reply-To on top and ${what} above the genuine one. OpenDKIM passes the genuine signature (over the bottom Reply-To), OpenDMARC pass. providerPassUnfounded skips the provider's pass only when every non-hash-failure check is field-added; the copy's own failure breaks "every". Wanted: not trusted (spoofed at p=reject, as round 215's fixed cases).`,
        args: BOX_ARGS,
        eml: bankBox(
          onTop(`${copy}${signed}`, added),
          [row, boxDkim('pass', b)],
          VPS,
          'bounce@attacker.example',
          slug.length.toString(),
        ),
        zone: BANK_ZONE,
        expect: NOT_TRUSTED,
        twin: slug === 'copy-no-key-selector',
      });
    }
    emitCase(write, {
      name: `${P}box-genuine-bank-notice-signed-reply-to-once`,
      class: 'online-line-match',
      about: `Genuine control: the same bank notice (its own Reply-To signed once), sent from mail.northbank.example to the reader's box, OpenDKIM and OpenDMARC pass. Wanted: authenticated.`,
      args: BOX_ARGS,
      eml: bankBox(signed, [boxDkim('pass', b)], BANK_RELAY, 'alerts@northbank.example', '77'),
      zone: BANK_ZONE,
      expect: { verdict: ['authenticated'] },
      twin: true,
    });
  }
}

// ---- Pending ----
// A. r218-box-second-reply-to-with-copy-no-key-selector (forgery read AUTHENTICATED on the reader's
// Postfix box online; its -no-options twin reads spoofed).
// Read now: authenticated ("according to your provider's checks"); dkim-fail x2 low (ours: the
// genuine signature permerror field-added, the copy key-missing), provider-disagreement low,
// reply-to-other-org low. Round 215's replay with one line more: a copy of the bank's
// DKIM-Signature above the genuine one, its s= changed to a selector with no key (nb9).
// Should read: spoofed (p=reject; ours fails), as round 215's fixed cases and the a=rsa-sha1 copy
// here (r218-box-second-reply-to-with-copy-rsa-sha1: spoofed) do.
// At fault: lib/findings/auth-state.ts providerPassUnfounded, DKIM branch: `named` drops only
// body-hash / signature-mismatch failures, so the copy's 'key-missing' stays in it and
// `named.every((c) => c.cause === 'field-added')` is false; the KEY_NAME test passes too (nb9 is a
// good name), so `return false`: the provider's dkim=pass (OpenDKIM verified the bottom Reply-To)
// is founded again and outranks our refusal.
// Smallest fix: skip the provider's pass when SOME check of that domain is field-added and none of
// the others passes (`named.some(field-added) && !ours.some(pass)`): a signature refused for an
// added field means the provider verified a message the reader does not see, whatever failing
// copies sit beside it. Or filter from `named` every check whose failure cannot be what the
// provider passed (key-missing, malformed, expired, sha1 …) before the `every`.
// Could hurt: genuine mail with one signature of the From's domain refused as field-added (broken
// software adding a second single field after signing) and another of the same domain failing
// for another reason: spoofed at p=reject instead of authenticated, as it already reads with no
// options.
//
// B. Entra invitations from a rented tenant whose principal the brand / desk readings miss
// (forgeries read UNVERIFIED, as a genuine tenant's invitation does; before af8bcae9 suspicious):
// r218-gmail-invites-tenant-behalf-wells-fargo-tm (+ -no-options): "Wells Fargo™ Commercial";
// r218-gmail-invites-tenant-behalf-bankofamerica-glued: "BankofAmerica Treasury";
// r218-gmail-invites-tenant-behalf-m365-admin (+ -no-options), -outlook-team: Microsoft products
// outside Microsoft's brand words; r218-gmail-invites-tenant-behalf-it-helpdesk (+ -no-options),
// -it-abteilung-german-desk, -soporte-tecnico-spanish-desk: desks.
// Read now: unverified; dmarc-none (low), reply-to-other-org (low: the Reply-To at a domain the
// attacker registered spelling the principal, wellsfargocommercial.example, ithelpdesk.example …,
// is read as the principal's own). With a Reply-To elsewhere they read suspicious (the reply-to
// row goes medium): only the attacker's own spelled domain is needed, a few dollars.
// Should read: suspicious: Microsoft's words on a stranger's tenant speaking for a bank, for
// Microsoft itself, or for "IT Helpdesk", which the commit's own comment names as excluded.
// At fault: lib/findings/brand-freemail.ts entraInvitation: `brandInName(principal) ||
// namesOnlyDesk(principal)` misses (1) "™": shownText writes it "TM", and "wells fargotm" no longer
// holds " wells fargo " (brandInName("Wells Fargo™") is null, "Wells Fargo®" is found);
// (2) "BankofAmerica": the brand word is only 'bank of america', no glued form (Wells Fargo has
// 'wellsfargo'); (3) Microsoft's products beyond microsoft/office 365/onedrive/sharepoint
// (M365, O365, Outlook, Azure, Entra, Teams, Exchange); (4) lib/findings/domains.ts namesOnlyDesk:
// SERVICE_WORDS has "help" and "desk" but not "helpdesk", "it", "servicedesk", nor any
// non-English desk word (Abteilung, Soporte, Técnico, Kundenservice, Informatique …).
// Smallest fix: in entraInvitation, read the principal with ™/℠/® dropped (or make shownText map
// ™ to nothing for brand reading), add 'bankofamerica' to Bank of America's words, refuse a
// principal naming a Microsoft product word (m365, o365, outlook, azure, entra, teams, exchange,
// "ms ") as Microsoft, and refuse a principal namesInternalDesk (lib/findings/desk-words.ts, which
// reply-to.ts already uses for "IT Helpdesk") or whose words include it/helpdesk/servicedesk and
// the German/Spanish/French desk words.
// Could hurt: genuine tenants named with a product word (an MSP "Outlook Consulting", "Azure Dental")
// read suspicious as before af8bcae9; "Teams" is a common word ("Field Teams Ltd"): restrict to
// the word alone or after Microsoft-like words.
//
// C. Genuine invitations whose firm domain spells the name otherwise than nameSpellings writes
// (genuine read SUSPICIOUS): r218-gmail-genuine-invites-mount-pleasant-dental-center-half-short
// (mtpleasantdentalcenter: Mount short, Center long), r218-gmail-genuine-invites-acme-intl-name-
// short-domain-long (+ -no-options) ("Acme Intl." at acmeinternational), r218-gmail-genuine-
// invites-st-brigids-domain-saint ("St. Brigid's Hospice" at saintbrigidshospice).
// Read now: suspicious; reply-to-other-org (medium): brand (Microsoft, brandOfDomain of the
// onmicrosoft.com tenant) && !onBehalf, because forPrincipal is false.
// Should read: unverified, as the 21Vianet and GCC High controls here and realworld205's tenant
// invitation do.
// At fault: lib/findings/reply-to.ts nameSpellings / abbreviated: spellings are the name, the bare
// name, and each with EVERY abbreviable word written short; no mixed spelling (one word short,
// one long) and no lengthening of a short form the name itself writes (intl→international,
// st→saint/street, mt→mount, co→company).
// Smallest fix: in firmsDomain, compare after writing BOTH the name and the domain label short
// (abbreviate the label's long forms too: "international"→"intl" inside the label), so any mix
// meets; i.e. normalise both sides to the short forms rather than generating the name's forms.
// Could hurt: nothing new for forgeries: the Reply-To must still be a domain spelling the firm's
// name; an attacker can register either spelling as easily.
// NOT confirmed: how common mixed spellings are (Mount Sinai's is mountsinai.org, "Center" dropped;
// St. Jude's is stjude.org); the three are modelled, not seen.
// Lead, 2026-12-07: fixed A (providerPassUnfounded: one of ours refused as field-added and none
// passing), B but the Spanish desk (the principal read as written, Bank of America run together,
// Microsoft's product words, namesInternalDesk), and C (nameSpellings mixes long and short words).
// Left: "Soporte Técnico" (desk words in other languages are not known to namesInternalDesk).
// Lead, 2026-12-07 (later): the Spanish desk too (entra-invitation.ts ADMIN_WORDS, round 220).
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  // A
  // B
  // C
]);

export async function make(write: CaseWriter): Promise<void> {
  return probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}
