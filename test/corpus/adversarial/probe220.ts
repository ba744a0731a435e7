// Red-team round 220: the brand and B2B readings changed at 19:33-20:12 (commits 40bef061,
// af8bcae9, 08fb7ab8), both directions.
// - lib/findings/brand-freemail.ts entraInvitation (now with MICROSOFT_WORDS, namesInternalDesk and
//   the principal "as written"): a rented tenant's "Microsoft Invitations on behalf of <X>" whose X
//   a reader reads as a bank, a big brand, Microsoft or an internal desk but none of brandInName /
//   MICROSOFT_WORDS / namesOnlyDesk / namesInternalDesk does ("BofA Securities", "Apple Inc.",
//   "Meta", "M365Admin", "Dynamics 365", "Copilot Studio", "MSFT Partner Network", "Global Admin",
//   "Tenant Administrator", "Security Operations", "Sicherheitsteam", "Accounts Payable", and
//   "Wells i Fargo" with a Polish "i" the joining words miss); a tenant whose LABEL names a brand
//   (paypal-billing.onmicrosoft.com) beside a brand-free principal: once the template's Microsoft is
//   excused, the tenant label is never read (inLocal is computed only when inName is null).
//   Other template shapes on a tenant: "Microsoft Teams on behalf of …", "… via Microsoft Teams"
//   (a person's or a firm's name, Reply-To the person's Gmail or the firm's domain), a German
//   template, "Microsoft Invitations from …".
// - The other direction: genuine tenants whose names hold one of MICROSOFT_WORDS as an ordinary
//   word (Exchange Bank, Live Oak Bank, a county Public Defender, Outlook Financial Group,
//   Clearview Windows & Doors) and firms whose domains write words short that ABBREVIATIONS lacks
//   (Property Management / mgmt, Manufacturing / mfg, Technologies / tech); a big brand's own
//   tenant inviting its partners.
// - lib/findings/reply-to.ts onBehalf's fromAuthenticated (DMARC none + aligned pass) away from
//   Microsoft: the attacker's own domain without a DMARC record posing as DocuSign or PayPal, his
//   signature aligned, Reply-To the principal's spelled domain or the person's Gmail.
// - lib/findings/domains.ts namesBrand's joining words: checked with a scratch script
//   (brandInName over ~100 spellings, /tmp, not committed): "Wells + Fargo", "Wells 'n' Fargo",
//   "Wells-and-Fargo", "WeIls Fargo", "Wells Farg0", Cyrillic а, fullwidth, soft hyphen, NBSP,
//   U+202E reversed, "Bank 0f America" all read as the brand; "Wells i Fargo" (Polish/Croatian/
//   Catalan "i"), "Wells a Fargo" (Czech/Slovak "a"), "Wells ja Fargo" (Finnish) do not. The
//   other direction: only contrived names join into a brand ("Wells E Fargo", "Meta en Team",
//   "Apple y Support"); "Bank N Trust" names none. No realistic genuine name found flagged, so no
//   case for it.
// Findings: rented tenants' invitations on behalf of "BofA Securities", "Apple Inc.", "M365Admin",
// "Dynamics 365", "Copilot Studio", "MSFT Partner Network", "Global Admin", "Tenant Administrator",
// "Security Operations", "Sicherheitsteam", "Accounts Payable", and "Meta"/"Apple" without a Reply-To
// read unverified (pending A); a tenant label naming PayPal / Wells Fargo is no longer read once the
// template is excused (pending B); "… via Microsoft Teams" from a rented tenant reads unverified since
// fromAuthenticated (pending C, a regression); genuine Exchange Bank, Live Oak Bank, Outlook
// Financial, Clearview Windows & Doors and a Public Defender read suspicious on MICROSOFT_WORDS
// (pending D); mgmt / mfg / tech domains read suspicious (pending E). Held: "Microsoft Teams on
// behalf of", a German template, "Invitations from", DocuSign / PayPal posers on their own domains
// without DMARC (display-name-brand), "Meta" and "Wells i Fargo" with a spelled Reply-To
// (lookalike-domain), Wells Fargo's own tenant (suspicious, not spoofed).
// Where the layouts were learnt:
// - Entra's post-December-2025 invitation (From "Microsoft Invitations on behalf of <tenant>"
//   <invites@<tenant>.onmicrosoft.com>, Reply-To the inviter, the tenant's own d=, no DMARC record,
//   NAM outbound, microsoft.com's ARC i=1) and the Gmail / Postfix-box deliveries: copied from
//   probe218.ts (compose / toGmail / toBox), which took them from realworld205.ts (Microsoft Learn
//   "B2B invitation email elements"; the older invites@microsoft.com shape, file id 639499409).
// - The rented tenant sending any display name from any mailbox it creates, signed with its
//   onmicrosoft.com key: probe200/202/218's tenant tricks (Exchange Online writes the mailbox's
//   display name; the attacker sets it).
// - Microsoft Teams' and SharePoint's genuine notices come from Microsoft's own domains
//   (noreply@email.teams.microsoft.com, no-reply@sharepointonline.com: realworld193.ts /
//   realworld202.ts), never from a customer's onmicrosoft.com: so "… via Microsoft Teams" from a
//   tenant is the attacker's own wording.
// - The brand list, MICROSOFT_WORDS, the desk lexicons: lib/findings/domains.ts BRANDS,
//   brand-freemail.ts MICROSOFT_WORDS, desk-words.ts namesInternalDesk, read with the scratch
//   script above (e.g. MICROSOFT_WORDS matches "Exchange Bank", "Live Oak Bank", "Public
//   Defender"; namesInternalDesk("Global Admin") and ("Accounts Payable") are false).
// - Real firms of these names exist (Exchange Bank of Santa Rosa, Live Oak Bank, county public
//   defenders on Microsoft 365, "BofA Securities" as Bank of America's own trading name); their
//   tenants, domains and people here are documentation ones.
// NOT confirmed: whether each of these real firms sends B2B invitations (any tenant inviting a
// guest does since December 2025); how firms' domains abbreviate (mgmt, mfg, tech are modelled
// from common usage, not counted); whether Microsoft localizes the template's display name (so the
// German template is only the attacker's).
// Names and addresses are documentation ones except Microsoft's hosts and ranges.
import type { CaseExpectation } from '../../helpers/corpus';
import { ATTACKER_IP, emitCase, KEY, NOT_TRUSTED, ptr, RECEIVER, type Relay, SIGNED, signAll } from '../kit';
import { keyZone, sealCorpus } from '../list-shapes';
import { M365_SPF_ZONE, senderTenantHops } from '../m365-shapes';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';
import { gmailDelivery, gmailDkim, gmailSpf, yahooDelivery } from '../receivers';
import { probeCorpus } from '../rounds-kit';

const P = 'r220-';
const GMAIL_ARGS = ['--webmail', 'gmail'];
const BOX_ARGS = ['--authserv-id', RECEIVER, '--recipient-domain', 'reader.example'];
const TRUSTED: CaseExpectation = { verdict: ['authenticated', 'unverified'], notVerdict: ['spoofed'] };

const NAM_V4: Relay = {
  helo: 'NAM11-CO1-obe.outbound.protection.outlook.com',
  rdns: 'mail-co1nam11on2121.outbound.protection.outlook.com',
  ip: '40.107.220.121',
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
  /** The subject and first line, when not the invitation's. */
  subject?: string;
  body?: string;
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
    subject: s.subject ?? `${s.inviter} invited you to collaborate with ${s.principal}`,
    date: 'Fri, 20 Nov 2026 09:59:40 +0000',
    messageId: `<SA1PR12MB7220${s.n}@SA1PR12MB7220.namprd19.prod.outlook.com>`,
    extraHeaders: s.replyTo ? [`Reply-To: ${s.inviter} <${s.replyTo}>`] : [],
    body:
      s.body ??
      `Please only act on this invitation if you trust the individual and organization represented below.\r\n\r\n${s.inviter} (${s.replyTo}) invited you to access applications within their organization ${s.principal}.\r\n\r\nAccept invitation: https://invitations.microsoft.com/redeem/?tenant=220example${s.n}\r\n`,
  });
  raw = onTop(raw, ...senderTenantHops('SA1PR12MB7220'));
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
    ids: [`x220csp${s.n}pxa`, `a220si${s.n}qtb.220`],
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
    `Received: from ${RECEIVER}\r\n\tby ${RECEIVER} with LMTP\r\n\tid w220${s.n}\r\n\t(envelope-from <${env}>)\r\n\tfor <robin@reader.example>; Fri, 20 Nov 2026 10:00:06 +0000`,
    `Authentication-Results: ${RECEIVER};\r\n\tdkim=pass (2048-bit key; unprotected) header.d=${d} header.i=@${d} header.a=rsa-sha256 header.s=${tenantSelector(d)} header.b=${b8(raw)};\r\n\tdkim-atps=neutral`,
    `Authentication-Results: ${RECEIVER}; dmarc=none (p=none dis=none) header.from=${s.fromDomain}`,
    `Authentication-Results: ${RECEIVER}; spf=pass smtp.mailfrom=${d}`,
    `Received: from ${relay.helo} (${relay.rdns} [${relay.ip}])\r\n\tby ${RECEIVER} (Postfix) with ESMTPS id 4Zr220${s.n}\r\n\tfor <robin@reader.example>; Fri, 20 Nov 2026 10:00:05 +0000 (UTC)`,
  );
}

/** Yahoo Mail's delivery (no DMARC record: Yahoo writes dmarc=unknown, as probe89 models it). */
function toYahoo(raw: string, s: Invite): string {
  const d = signerOf(s);
  return yahooDelivery(raw, {
    relay: s.relay ?? NAM_V4,
    envelope: envelopeOf(s),
    results: `dkim=pass header.i=@${d} header.s=${tenantSelector(d)};\r\n spf=pass smtp.mailfrom=${d};\r\n dmarc=unknown header.from=${s.fromDomain};`,
  });
}

// ---- The tenants ----
const T = {
  bofa: 'bofa-sec-onboarding.onmicrosoft.com',
  apple: 'apple-supplier-portal.onmicrosoft.com',
  meta: 'meta-partner-hub.onmicrosoft.com',
  m365: 'm365admin-center.onmicrosoft.com',
  dyn: 'dynamics365-licensing.onmicrosoft.com',
  copilot: 'copilotstudio-preview.onmicrosoft.com',
  msft: 'msft-partner-network.onmicrosoft.com',
  global: 'globaladmin-portal.onmicrosoft.com',
  tenantAdmin: 'tenant-administrator.onmicrosoft.com',
  secops: 'secops-review.onmicrosoft.com',
  sicher: 'sicherheitsteam-portal.onmicrosoft.com',
  ap: 'ap-invoices-portal.onmicrosoft.com',
  polish: 'wf-polska.onmicrosoft.com',
  paypalLabel: 'paypal-billing.onmicrosoft.com',
  wfLabel: 'wellsfargo-commercial.onmicrosoft.com',
  teams: 'teams-collab-hub.onmicrosoft.com',
  viaFirm: 'northwind-share.onmicrosoft.com',
  viaPerson: 'whitfield-files.onmicrosoft.com',
  german: 'einladung-portal.onmicrosoft.com',
  fromWord: 'partner-invite-desk.onmicrosoft.com',
  // Genuine
  exchange: 'exchangebank.onmicrosoft.com',
  liveOak: 'liveoakbank.onmicrosoft.com',
  defender: 'harborcountypd.onmicrosoft.us',
  outlookFin: 'outlookfinancial.onmicrosoft.com',
  windows: 'clearviewwindows.onmicrosoft.com',
  cedar: 'cedarpm.onmicrosoft.com',
  midwest: 'midwestmfg.onmicrosoft.com',
  acme: 'acmetech.onmicrosoft.com',
  wfOwn: 'wellsfargo.onmicrosoft.com',
};
const REPLY_DOMAINS = [
  'bofasecurities',
  'appleinc',
  'meta',
  'm365admin',
  'dynamics365',
  'copilotstudio',
  'msftpartnernetwork',
  'globaladmin',
  'tenantadministrator',
  'securityoperations',
  'sicherheitsteam',
  'accountspayable',
  'wellsifargo',
  'northwindtraders',
  'harborlogistics',
  'contoso',
  'exchangebank',
  'liveoakbank',
  'harborcountypublicdefender',
  'outlookfinancialgroup',
  'clearviewwindowsdoors',
  'cedarpropertymgmt',
  'midwestmfg',
  'acmetech',
  'wellsfargotreasury',
];
/** The attacker's own sending domain posing as a service, with no DMARC record (group D). */
const POSER = 'docusign-envelopes.example';
const PAY_POSER = 'paypal-invoicing.example';
const VPS: Relay = { helo: `mail.${POSER}`, rdns: `mail.${POSER}`, ip: ATTACKER_IP };
const ZONE: Record<string, unknown> = {
  ...M365_SPF_ZONE,
  ...ptr(NAM_V4.ip, NAM_V4.rdns),
  ...ptr(VPS.ip, VPS.rdns),
  ...keyZone([
    'arcselector10001._domainkey.microsoft.com',
    ...Object.values(T).map((d) => `${tenantSelector(d)}._domainkey.${d}`),
  ]),
  ...Object.assign({}, ...Object.values(T).map((d) => ({ [d]: { TXT: [M365_INCLUDE] } }))),
  'microsoft.com': { TXT: [M365_INCLUDE] },
  '_dmarc.microsoft.com': { TXT: ['v=DMARC1; p=reject; pct=100'] },
  ...Object.assign({}, ...REPLY_DOMAINS.map((l) => ({ [`${l}.example`]: { TXT: [M365_INCLUDE] } }))),
  [POSER]: { TXT: [`v=spf1 ip4:${ATTACKER_IP} -all`] },
  [`s1._domainkey.${POSER}`]: KEY(),
  [PAY_POSER]: { TXT: [`v=spf1 ip4:${ATTACKER_IP} -all`] },
  [`s1._domainkey.${PAY_POSER}`]: KEY(),
};

/** The attacker's own domain (no DMARC record), signed aligned, sent from his VPS into Gmail. */
async function poserToGmail(
  domain: string,
  display: string,
  replyTo: string,
  subject: string,
  n: string,
): Promise<string> {
  const local = domain === POSER ? 'dse' : 'invoicing';
  const raw = submitted({
    from: `${display} <${local}@${domain}>`,
    to: 'robin.reader@gmail.com',
    subject,
    date: 'Fri, 20 Nov 2026 09:59:40 +0000',
    messageId: `<r220${n}.${local}@${domain}>`,
    extraHeaders: [`Reply-To: ${replyTo}`],
    body: 'Please review and sign the attached document.\r\n\r\nREVIEW DOCUMENT: https://sign.partners-portal.example/r220\r\n',
  });
  const signed = await signAll(raw, [[domain, 's1']], SIGNED);
  const relay: Relay = { ...VPS, helo: `mail.${domain}`, rdns: `mail.${domain}` };
  return gmailDelivery(signed, {
    relay: domain === POSER ? VPS : relay,
    envelope: `bounces@${domain}`,
    results: [gmailDkim(domain, 's1'), gmailSpf(`bounces@${domain}`, ATTACKER_IP)].join('\r\n       '),
    ids: [`x220csp${n}pxa`, `a220si${n}qtb.220`],
    spf: 'pass',
    deliveredTo: true,
  });
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
  const yahoo = async (name: string, s: Invite, what: string, expect: CaseExpectation): Promise<void> =>
    emitCase(write, {
      name: `${P}yahoo-${name}`,
      class: 'entra-invitation',
      about: `${what} Read in Yahoo Mail.`,
      args: ['--webmail', 'yahoo'],
      eml: toYahoo(await compose(s, 'robin.reader@yahoo.com'), s),
      zone: ZONE,
      expect,
    });
  const rented = (d: string) =>
    `Attack: the attacker rents a Microsoft 365 tenant (${d}), adds an "invites" mailbox and sends through Exchange Online (signed d=${d}, SPF pass, no DMARC record) under Microsoft's invitation template, Reply-To at a domain he registered that spells the principal (so reply-to.ts reads it as the principal's own):`;

  // ==== A. entraInvitation: principals a reader reads as a brand, Microsoft or a desk ====
  const slips: Array<[string, keyof typeof T, string, string, string, boolean]> = [
    [
      'bofa-securities',
      'bofa',
      'BofA Securities',
      'bofasecurities',
      'Bank of America\'s own trading name ("BofA" is not among its words)',
      true,
    ],
    [
      'apple-inc',
      'apple',
      'Apple Inc.',
      'appleinc',
      'Apple by its legal name (Apple\'s words are only "apple id", "apple support", "icloud", "itunes")',
      false,
    ],
    ['meta', 'meta', 'Meta', 'meta', 'Meta alone (its words all need a second word)', false],
    [
      'm365admin-glued',
      'm365',
      'M365Admin',
      'm365admin',
      'Microsoft 365 glued to "Admin" (MICROSOFT_WORDS needs a boundary after "m365"; brandInName reads "m 365 admin")',
      true,
    ],
    [
      'dynamics-365',
      'dyn',
      'Dynamics 365',
      'dynamics365',
      'a Microsoft product outside MICROSOFT_WORDS',
      false,
    ],
    [
      'copilot-studio',
      'copilot',
      'Copilot Studio',
      'copilotstudio',
      'a Microsoft product outside MICROSOFT_WORDS',
      false,
    ],
    [
      'msft-partner-network',
      'msft',
      'MSFT Partner Network',
      'msftpartnernetwork',
      "Microsoft's ticker and its partner programme's old name",
      false,
    ],
    [
      'global-admin',
      'global',
      'Global Admin',
      'globaladmin',
      'the Entra role name as a desk (namesOnlyDesk and namesInternalDesk both false)',
      true,
    ],
    [
      'tenant-administrator',
      'tenantAdmin',
      'Tenant Administrator',
      'tenantadministrator',
      'an admin desk',
      false,
    ],
    ['security-operations', 'secops', 'Security Operations', 'securityoperations', 'a security desk', false],
    [
      'sicherheitsteam-german',
      'sicher',
      'Sicherheitsteam',
      'sicherheitsteam',
      'a German security desk ("security team" in one word)',
      false,
    ],
    [
      'accounts-payable',
      'ap',
      'Accounts Payable',
      'accountspayable',
      'the internal desk a BEC invoice lure writes as',
      false,
    ],
    [
      'wells-i-fargo-polish-join',
      'polish',
      'Wells i Fargo Polska',
      'wellsifargo',
      'Wells Fargo joined by the Polish "i" (JOINING_WORD has no i / a / ja)',
      false,
    ],
  ];
  let k = 0;
  for (const [slug, t, principal, label, why, twin] of slips) {
    k++;
    await gmail(
      `invites-tenant-behalf-${slug}`,
      {
        fromDomain: T[t],
        principal,
        replyTo: `onboarding@${label}.example`,
        inviter: `${principal} Onboarding`,
        n: `a${k}`,
      },
      `${rented(T[t])} "Microsoft Invitations on behalf of ${principal}": ${why}. The exemption applies, so Microsoft's words speak for it on a stranger's tenant. Wanted: suspicious.`,
      NOT_TRUSTED,
      twin,
    );
  }
  await box(
    'invites-tenant-behalf-bofa-securities',
    {
      fromDomain: T.bofa,
      principal: 'BofA Securities',
      replyTo: 'onboarding@bofasecurities.example',
      inviter: 'BofA Securities Onboarding',
      n: 'a99',
    },
    `${rented(T.bofa)} "Microsoft Invitations on behalf of BofA Securities" (Bank of America's trading name). Wanted: suspicious.`,
    NOT_TRUSTED,
  );

  // The lure is the invitation's own "Accept invitation" link: no answer is needed, so no Reply-To
  // (and no spelled domain to be read as a look-alike).
  for (const [slug, t, principal] of [
    ['meta-no-reply-to', 'meta', 'Meta'],
    ['apple-no-reply-to', 'apple', 'Apple'],
  ] as const) {
    k++;
    await gmail(
      `invites-tenant-behalf-${slug}`,
      { fromDomain: T[t], principal, replyTo: '', inviter: principal, n: `a${k}` },
      `Attack: his rented tenant ${T[t]} sends "Microsoft Invitations on behalf of ${principal}" <invites@${T[t]}> with no Reply-To at all: the lure is the redeem link (his consent-phishing app). "${principal}" alone is no brand word. Wanted: suspicious.`,
      NOT_TRUSTED,
      slug === 'meta-no-reply-to',
    );
  }

  // ==== B. The tenant's label names the brand, the principal does not ====
  await gmail(
    'invites-paypal-tenant-label-brand-free-principal',
    {
      fromDomain: T.paypalLabel,
      principal: 'Northwind Traders',
      replyTo: 'ap@northwindtraders.example',
      inviter: 'Northwind Traders',
      n: 'b1',
    },
    `${rented(T.paypalLabel)} "Microsoft Invitations on behalf of Northwind Traders" <invites@${T.paypalLabel}>: the address shows PayPal, the name a brand-free firm. brand-freemail reads the tenant label (brandInLocalPart) only when the name names no brand, and the template's "Microsoft" is a name, then excused. Wanted: suspicious (PayPal's name in a stranger's tenant address).`,
    NOT_TRUSTED,
    true,
  );
  await box(
    'invites-wellsfargo-tenant-label-brand-free-principal',
    {
      fromDomain: T.wfLabel,
      principal: 'Harbor Logistics',
      replyTo: 'it@harborlogistics.example',
      inviter: 'Harbor Logistics IT',
      n: 'b2',
    },
    `${rented(T.wfLabel)} "Microsoft Invitations on behalf of Harbor Logistics" <invites@${T.wfLabel}>. Wanted: suspicious.`,
    NOT_TRUSTED,
  );

  // ==== C. Other template shapes on a tenant ====
  const shapes: Array<[string, keyof typeof T, string, string, string, string, string]> = [
    [
      'teams-on-behalf-of-contoso',
      'teams',
      'Microsoft Teams on behalf of Contoso',
      'invites',
      'Contoso',
      'it@contoso.example',
      "the Teams product name in the template's place",
    ],
    [
      'firm-via-microsoft-teams',
      'viaFirm',
      'Northwind Traders via Microsoft Teams',
      'noreply',
      'Northwind Traders',
      'ap@northwindtraders.example',
      'a firm "via Microsoft Teams" (Teams\' notices come from microsoft.com, never a tenant)',
    ],
    [
      'person-via-microsoft-teams-gmail-reply',
      'viaPerson',
      'Dana Whitfield via Microsoft Teams',
      'noreply',
      'Dana Whitfield',
      'dana.whitfield@gmail.com',
      'a person "via Microsoft Teams", Reply-To "Dana Whitfield" at a Gmail (reply-to.ts personsOwn: onBehalf now holds with DMARC none)',
    ],
    [
      'german-template-contoso',
      'german',
      'Microsoft-Einladungen im Auftrag von Contoso',
      'invites',
      'Contoso',
      'it@contoso.example',
      'a German wording of the template',
    ],
    [
      'invitations-from-contoso',
      'fromWord',
      'Microsoft Invitations from Contoso',
      'invites',
      'Contoso',
      'it@contoso.example',
      '"from" for "on behalf of"',
    ],
  ];
  for (const [slug, t, display, local, inviter, replyTo, why] of shapes) {
    k++;
    await gmail(
      `tenant-${slug}`,
      {
        fromDomain: T[t],
        principal: inviter,
        display,
        local,
        replyTo,
        inviter,
        subject: slug.includes('teams') ? `${inviter} shared "Q4 remittance.xlsx" with you` : undefined,
        n: `c${k}`,
      },
      `Attack: his rented tenant ${T[t]} sends "${display}" <${local}@${T[t]}>, ${why}. Microsoft's words on a stranger's tenant outside Entra's exact template. Wanted: suspicious.`,
      NOT_TRUSTED,
      slug === 'person-via-microsoft-teams-gmail-reply',
    );
  }

  await yahoo(
    'invites-tenant-behalf-global-admin',
    {
      fromDomain: T.global,
      principal: 'Global Admin',
      replyTo: 'onboarding@globaladmin.example',
      inviter: 'Global Admin',
      n: 'y1',
    },
    `${rented(T.global)} "Microsoft Invitations on behalf of Global Admin". Wanted: suspicious.`,
    NOT_TRUSTED,
  );
  await yahoo(
    'tenant-person-via-microsoft-teams-gmail-reply',
    {
      fromDomain: T.viaPerson,
      principal: 'Dana Whitfield',
      display: 'Dana Whitfield via Microsoft Teams',
      local: 'noreply',
      replyTo: 'dana.whitfield@gmail.com',
      inviter: 'Dana Whitfield',
      subject: 'Dana Whitfield shared "Q4 remittance.xlsx" with you',
      n: 'y2',
    },
    `Attack: his rented tenant ${T.viaPerson} sends "Dana Whitfield via Microsoft Teams" <noreply@${T.viaPerson}>, Reply-To "Dana Whitfield" at a Gmail. Wanted: suspicious.`,
    NOT_TRUSTED,
  );

  // ==== D. onBehalf's fromAuthenticated away from Microsoft: his own domain, no DMARC ====
  const poser = async (
    name: string,
    domain: string,
    display: string,
    replyTo: string,
    what: string,
    twin = false,
  ) =>
    emitCase(write, {
      name: `${P}gmail-${name}`,
      class: 'reply-to-on-behalf',
      about: `Attack: the attacker registers ${domain}, publishes SPF for his VPS and a DKIM key and NO DMARC record, and sends "${display}" <…@${domain}> signed d=${domain} (aligned: DMARC none + hasAlignedPass now counts as authenticated for onBehalf), Reply-To ${replyTo}; ${what} Read in Gmail. Wanted: suspicious (a service's brand on a domain that is not the service's).`,
      args: GMAIL_ARGS,
      eml: await poserToGmail(
        domain,
        display,
        replyTo,
        'Please DocuSign: Q4 remittance advice',
        name.slice(0, 6),
      ),
      zone: ZONE,
      expect: NOT_TRUSTED,
      twin,
    });
  await poser(
    'poser-docusign-no-dmarc-bank-principal',
    POSER,
    'Wells Fargo Treasury via DocuSign',
    '"Wells Fargo Treasury" <treasury@wellsfargotreasury.example>',
    'the Reply-To at his domain spelling the principal.',
    true,
  );
  await poser(
    'poser-docusign-no-dmarc-person-gmail',
    POSER,
    'Dana Whitfield via DocuSign',
    '"Dana Whitfield" <dana.whitfield@gmail.com>',
    "the Reply-To the named person's Gmail (personsOwn).",
  );
  await poser(
    'poser-paypal-on-behalf-of-firm',
    PAY_POSER,
    'PayPal Invoicing on behalf of Northwind Traders',
    '"Northwind Traders" <billing@northwindtraders.example>',
    'PayPal\'s name before "on behalf of", the firm after, Reply-To the firm\'s spelled domain.',
  );

  // ==== E. Genuine invitations ====
  const genuine: Array<[string, keyof typeof T, string, string, string, boolean]> = [
    [
      'exchange-bank',
      'exchange',
      'Exchange Bank',
      'exchangebank',
      'a community bank whose name is an ordinary word MICROSOFT_WORDS holds ("exchange")',
      true,
    ],
    ['live-oak-bank', 'liveOak', 'Live Oak Bank', 'liveoakbank', '"live" in MICROSOFT_WORDS', false],
    [
      'outlook-financial-group',
      'outlookFin',
      'Outlook Financial Group',
      'outlookfinancialgroup',
      '"outlook"',
      false,
    ],
    [
      'clearview-windows-doors',
      'windows',
      'Clearview Windows & Doors',
      'clearviewwindowsdoors',
      '"windows"',
      false,
    ],
    [
      'cedar-property-mgmt',
      'cedar',
      'Cedar Property Management',
      'cedarpropertymgmt',
      "the firm's domain writes Management short (mgmt), which ABBREVIATIONS lacks",
      false,
    ],
    [
      'midwest-mfg',
      'midwest',
      'Midwest Manufacturing',
      'midwestmfg',
      'the domain writes Manufacturing as mfg',
      false,
    ],
    ['acme-tech', 'acme', 'Acme Technologies', 'acmetech', 'the domain writes Technologies as tech', true],
  ];
  for (const [slug, t, principal, label, why, twin] of genuine) {
    k++;
    await gmail(
      `genuine-invites-${slug}`,
      {
        fromDomain: T[t],
        principal,
        replyTo: `it.admin@${label}.example`,
        inviter: 'Jordan Blake',
        n: `e${k}`,
      },
      `Genuine: "Microsoft Invitations on behalf of ${principal}" <invites@${T[t]}>, Reply-To the inviter at ${label}.example, the firm's own domain: ${why}. Wanted: authenticated or unverified, as every other genuine tenant invitation.`,
      TRUSTED,
      twin,
    );
  }
  await box(
    'genuine-invites-public-defender-gcc',
    {
      fromDomain: T.defender,
      principal: 'Harbor County Public Defender',
      replyTo: 'it.admin@harborcountypublicdefender.example',
      inviter: 'Jordan Blake',
      n: 'e90',
    },
    `Genuine: a county public defender's GCC tenant invites outside counsel: "Microsoft Invitations on behalf of Harbor County Public Defender" <invites@${T.defender}> ("defender" is in MICROSOFT_WORDS). Wanted: authenticated or unverified.`,
    TRUSTED,
  );
  await gmail(
    'genuine-invites-brand-own-tenant-wells-fargo',
    {
      fromDomain: T.wfOwn,
      principal: 'Wells Fargo',
      replyTo: 'jordan.blake@wellsfargo.com',
      inviter: 'Jordan Blake',
      n: 'e91',
    },
    `Genuine (modelled): the bank's own tenant invites a vendor: "Microsoft Invitations on behalf of Wells Fargo" <invites@${T.wfOwn}>, Reply-To an employee at wellsfargo.com. Nothing tells it from an attacker's tenant of a similar label but the label itself; suspicious is acceptable, spoofed is not.`,
    { notVerdict: ['spoofed'] },
  );
}

// ---- Pending ----
// A. Entra's template on a rented tenant, principal a brand / Microsoft product / desk the readings
// miss (forgeries read UNVERIFIED, as a genuine tenant's invitation does):
// r220-{gmail,box}-invites-tenant-behalf-bofa-securities (+ gmail -no-options), -apple-inc,
// -m365admin-glued (+ -no-options), -dynamics-365, -copilot-studio, -msft-partner-network,
// -global-admin (+ -no-options, + r220-yahoo-…), -tenant-administrator, -security-operations,
// -sicherheitsteam-german, -accounts-payable, -meta-no-reply-to (+ -no-options), -apple-no-reply-to.
// Read now: unverified; dmarc-none (low), reply-to-other-org (low: his spelled domain counts as the
// principal's own, onBehalf via fromAuthenticated), or no reply-to finding at all without a
// Reply-To (the redeem link is the lure). No brand-on-freemail: entraInvitation returned true.
// Should read: suspicious, as "Microsoft Invitations on behalf of Wells Fargo" or "… IT Helpdesk" do.
// At fault: lib/findings/brand-freemail.ts entraInvitation: `brandInName(n) || MICROSOFT_WORDS.test(n)`
// and `namesOnlyDesk / namesInternalDesk(principal)` all false for: "BofA" (Bank of America's
// words are 'bank of america', 'bankofamerica'); "Apple Inc.", "Apple", "Meta" (a brand's own name
// alone is no brand word: Apple's words need id/support, Meta's a second word); "M365Admin"
// (MICROSOFT_WORDS' lookahead `(?![\p{L}\p{N}])` fails on the "A"; brandInName reads "m 365 admin");
// Dynamics, Copilot, MSFT (not in MICROSOFT_WORDS); lib/findings/desk-words.ts namesInternalDesk
// false for "Global Admin", "Tenant Administrator", "Security Operations", "Sicherheitsteam",
// "Accounts Payable" ("Systemadministrator", "Mail Administrator" are true).
// Where a Reply-To at a spelled domain is present, "Meta" and "Wells i Fargo" are held only by
// lookalike-domain on that domain (meta.example, wellsifargo.example): r220-…-meta passes.
// Smallest fix: in entraInvitation also refuse a principal that, its legal form dropped, IS a
// brand's name or one of its domains' labels (apple, meta, yahoo, bofa: compare with BRANDS'
// `name` and brandLabels(), whole principal only); add 'bofa' to Bank of America's words; let
// MICROSOFT_WORDS' m365/o365/ms365 be followed by letters and add msft, dynamics, copilot, power bi,
// skype, bing, xbox; add admin-role and finance desks (global/tenant admin(istrator), security
// operations, sicherheitsteam, accounts payable/receivable, finance team) to namesInternalDesk.
// Could hurt: a genuine tenant named exactly like a brand ("Meta" a Dutch consultancy) or after a
// desk ("Accounts Payable Solutions Ltd") reads suspicious again, as before af8bcae9.
//
// B. The tenant's LABEL names the brand beside a brand-free principal (forgeries read UNVERIFIED):
// r220-gmail-invites-paypal-tenant-label-brand-free-principal (+ -no-options),
// r220-box-invites-wellsfargo-tenant-label-brand-free-principal.
// Read now: unverified; dmarc-none, reply-to-other-org (low). Before af8bcae9: suspicious
// (brand-on-freemail Microsoft).
// Should read: suspicious: "invites@paypal-billing.onmicrosoft.com" shows PayPal in the address.
// At fault: lib/findings/brand-freemail.ts brandFreemailRule: `inLocal` (brandInLocalPart of the
// local part and of tenantName) is computed only when `inName` is null; the template's "Microsoft"
// makes inName non-null, then entraInvitation nulls `brand`, and the label is never read.
// (brandInLocalPart('paypal-billing') is PayPal, ('wellsfargo-commercial') Wells Fargo.)
// Smallest fix: when entraInvitation excuses the template, fall back to
// `brandInLocalPart(tenantName.replace(/\./g, '-'))` (the address's own brand) instead of null.
// Could hurt: a genuine tenant whose label holds a brand word (a PayPal partner's
// "paypal-integrations" tenant; the brand's own tenant) reads suspicious, as it did before.
//
// C. "… via Microsoft Teams" from a rented tenant (forgeries read UNVERIFIED, a regression of
// af8bcae9's fromAuthenticated): r220-gmail-tenant-firm-via-microsoft-teams,
// r220-{gmail,yahoo}-tenant-person-via-microsoft-teams-gmail-reply (+ gmail -no-options).
// Read now: unverified; brand-on-freemail LOW ("mailing list Microsoft Teams", the VIA branch),
// reply-to-other-org LOW (onBehalf: brand Microsoft from the name, fromAuthenticated by DMARC none +
// the tenant's aligned signature, forPrincipal true: the firm's spelled domain, or the person's
// Gmail under personsOwn), dmarc-none.
// Should read: suspicious: Teams' notices come from Microsoft's domains, never a customer's
// onmicrosoft.com; before af8bcae9 onBehalf was false (DMARC none), reply-to-other-org medium.
// At fault: lib/findings/reply-to.ts replyElsewhere: `fromAuthenticated` takes DMARC none + an
// aligned pass for every From, though only Entra's exact template needs it; and brand-freemail.ts
// reads a tenant's "via <Microsoft product>" as a list name (low).
// Smallest fix: in reply-to.ts accept the DMARC-none branch only when organisationOnBehalf(name)
// is non-null and the From is invites@ on an ENTRA_TENANT_PARENTS tenant (export entraInvitation's
// shape test), else require dmarc=pass as before.
// Could hurt: nothing of Entra's; a genuine SaaS sending "X via Product" from a domain without DMARC
// with replies to X goes back to medium (as before af8bcae9).
//
// D. Genuine tenants whose names hold an ordinary word of MICROSOFT_WORDS (genuine read
// SUSPICIOUS): r220-gmail-genuine-invites-exchange-bank (+ -no-options), -live-oak-bank,
// -outlook-financial-group, -clearview-windows-doors, r220-box-genuine-invites-public-defender-gcc.
// Read now: suspicious; brand-on-freemail HIGH ("The name says Microsoft … sign-up tenant").
// Should read: unverified, as any genuine tenant's invitation.
// At fault: lib/findings/brand-freemail.ts MICROSOFT_WORDS: exchange, live, outlook, windows,
// defender, office, teams, azure are common words of firm names (banks, public defenders, glaziers).
// Smallest fix: refuse the unambiguous product words anywhere (microsoft, m365, o365, entra, intune,
// onedrive, sharepoint, hotmail, msn) and the ambiguous ones only when the principal without them is
// empty or namesOnlyDesk ("Outlook Team", "Exchange Admin", "Office Support", "Azure Security").
// Could hurt: "Exchange Online Protection" or "Windows Update Service" as a principal slips unless
// "online", "update", "protection", "service" count as desk words for this test.
//
// E. Genuine invitations whose firm's domain writes a word short that ABBREVIATIONS lacks (genuine
// read SUSPICIOUS): r220-gmail-genuine-invites-cedar-property-mgmt, -midwest-mfg, -acme-tech
// (+ -no-options).
// Read now: suspicious; reply-to-other-org MEDIUM (brand Microsoft && !onBehalf: forPrincipal false,
// firmsDomain finds no spelling equal to cedarpropertymgmt / midwestmfg / acmetech).
// Should read: unverified.
// At fault: lib/findings/reply-to.ts ABBREVIATIONS (wordForms / nameSpellings): no management→mgmt,
// manufacturing→mfg, technologies/technology→tech.
// Smallest fix: add them (and services→svcs, medical→med, insurance→ins, mortgage→mtg).
// Could hurt: nothing for forgeries (the attacker registers either spelling as easily).
// Lead, 2026-12-07: fixed A, B, C and most of D/E: lib/findings/entra-invitation.ts entraTemplate
// (the tenant label must spell the principal or start it, a brand's bare name or .com refused,
// Microsoft's product words, everyday ones only beside a desk, admin and finance desks in English,
// German, Spanish, French); reply-to.ts takes an aligned pass without DMARC only for that template;
// mgmt/mfg/tech/svcs/med/ins/mtg spelled. Left: two genuine tenants whose labels do not spell
// their names.
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  // A
  // B
  // C
  // D
  'r220-box-genuine-invites-public-defender-gcc',
  // E
  'r220-gmail-genuine-invites-cedar-property-mgmt',
]);

export async function make(write: CaseWriter): Promise<void> {
  return probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}
