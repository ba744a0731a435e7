// Domain helpers shared by the impersonation rules: organisational domains (tldts, public suffix
// list) and a small built-in list of often-impersonated brands.

import { getDomain, parse } from 'tldts';
import { hostKey } from '../dns/name';

/** Organisational (registrable) domain, lower-case; falls back to the name itself. */
export function orgDomain(name: string): string {
  const host = hostKey(name);
  if (!host) return '';
  return getDomain(host, { allowPrivateDomains: false }) ?? host;
}

/** The registrable label without its public suffix (`paypal` for `mail.paypal.co.uk`). */
export function orgLabel(name: string): string {
  const p = parse(name.trim().toLowerCase());
  return p.domainWithoutSuffix ?? name.toLowerCase();
}

export function sameOrg(a: string, b: string): boolean {
  return a !== '' && b !== '' && orgDomain(a) === orgDomain(b);
}

export interface Brand {
  /** How the brand is named to users. */
  name: string;
  /** Words that name it in a display name (matched as whole words, case-insensitive). */
  words: string[];
  /** Organisational domains it really sends from. */
  domains: string[];
}

// Kept short on purpose: brands phishers copy most often (APWG/industry reports), and the
// domains they legitimately send from. Only distinctive words: "Apple" alone or "Outlook" name
// ordinary newsletters too often. A miss here only means a missed hint, never a false "spoofed".
export const BRANDS: Brand[] = [
  { name: 'PayPal', words: ['paypal'], domains: ['paypal.com', 'paypal.me', 'paypal-communication.com'] },
  {
    name: 'Apple',
    words: ['apple id', 'apple support', 'icloud', 'itunes'],
    domains: ['apple.com', 'icloud.com', 'me.com'],
  },
  {
    name: 'Microsoft',
    words: ['microsoft', 'office 365', 'office365', 'onedrive', 'sharepoint'],
    domains: [
      'microsoft.com',
      'outlook.com',
      'live.com',
      'hotmail.com',
      'office.com',
      'office365.com',
      'microsoftonline.com',
      'sharepoint.com',
      'onmicrosoft.com',
    ],
  },
  {
    name: 'Google',
    words: ['google', 'gmail', 'youtube'],
    domains: ['google.com', 'gmail.com', 'googlemail.com', 'youtube.com', 'withgoogle.com'],
  },
  {
    name: 'Amazon',
    words: ['amazon', 'aws'],
    domains: [
      'amazon.com',
      'amazon.co.uk',
      'amazon.de',
      'amazon.fr',
      'amazonses.com',
      'amazonaws.com',
      'aws.com',
    ],
  },
  {
    name: 'Facebook',
    words: ['facebook', 'instagram'],
    domains: ['facebook.com', 'facebookmail.com', 'meta.com', 'instagram.com'],
  },
  { name: 'Netflix', words: ['netflix'], domains: ['netflix.com'] },
  { name: 'DHL', words: ['dhl'], domains: ['dhl.com', 'dhl.de'] },
  { name: 'FedEx', words: ['fedex'], domains: ['fedex.com'] },
  { name: 'DocuSign', words: ['docusign'], domains: ['docusign.com', 'docusign.net'] },
  { name: 'Dropbox', words: ['dropbox'], domains: ['dropbox.com', 'dropboxmail.com'] },
  { name: 'LinkedIn', words: ['linkedin'], domains: ['linkedin.com'] },
  { name: 'Wells Fargo', words: ['wells fargo', 'wellsfargo'], domains: ['wellsfargo.com'] },
  { name: 'Bank of America', words: ['bank of america'], domains: ['bankofamerica.com', 'bofa.com'] },
  { name: 'Coinbase', words: ['coinbase'], domains: ['coinbase.com'] },
  { name: 'Adobe', words: ['adobe'], domains: ['adobe.com'] },
  { name: 'eBay', words: ['ebay'], domains: ['ebay.com'] },
];

let labels: ReadonlyArray<{ label: string; brand: Brand }> | null = null;

/** Labels (`paypal`, `microsoft` …) a look-alike domain may copy. Computed once: BRANDS is fixed. */
export function brandLabels(): ReadonlyArray<{ label: string; brand: Brand }> {
  if (labels) return labels;
  const out: Array<{ label: string; brand: Brand }> = [];
  for (const brand of BRANDS) {
    for (const d of brand.domains) {
      const label = orgLabel(d);
      if (!out.some((o) => o.label === label)) out.push({ label, brand });
    }
  }
  labels = out;
  return out;
}

export function isBrandDomain(brand: Brand, domain: string): boolean {
  return brand.domains.includes(orgDomain(domain));
}

export function brandOfDomain(domain: string): Brand | null {
  return brandOfOrg(orgDomain(domain));
}

/** The brand an organisational domain (orgDomain's result) belongs to, if any. */
export function brandOfOrg(org: string): Brand | null {
  return BRANDS.find((b) => b.domains.includes(org)) ?? null;
}

/** A brand the display name names as a whole word, if any. */
export function brandInName(displayName: string): Brand | null {
  const text = ` ${displayName.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  return BRANDS.find((b) => b.words.some((w) => text.includes(` ${w} `))) ?? null;
}
