// Words of an organisation's desks and company forms, as the name rules read them: an internal
// lure names the organisation beside one ("Tidewater IT Helpdesk", "TidewaterHR"), a look-alike
// domain glues one to its name (tidewaterpayroll.example), and a desk's name is no person's.

/**
 * Words of a desk that an internal lure names beside the organisation's name ("Tidewater IT
 * Helpdesk", "TidewaterHR", "Tidewater Payroll"): a person's surname that is also the
 * organisation's label ("Jane Hunter" to a reader at hunter.example) names none of them.
 */
export const DESK_WORDS: ReadonlySet<string> = new Set([
  'it',
  'ict',
  'hr',
  'help',
  'helpdesk',
  'desk',
  'servicedesk',
  'support',
  'admin',
  'administrator',
  'administration',
  'payroll',
  'finance',
  'accounts',
  'accounting',
  'billing',
  'security',
  'benefits',
  'webmail',
  'mailbox',
  'ceo',
  'cfo',
  'president',
  'director',
  'rh',
  'informatique',
  'soporte',
  'personalabteilung',
  // Payroll, accounts and helplines in the languages the interface speaks (probe82); compared
  // without accents.
  'helpline',
  'hotline',
  'personnel',
  'payslip',
  'lohn',
  'lohnbuchhaltung',
  'buchhaltung',
  'gehalt',
  'gehaltsabrechnung',
  'nomina',
  'nominas',
  'rrhh',
  'contabilidad',
  'paie',
  'salaire',
  'comptabilite',
  'postmaster',
  'sysadmin',
  'informatica',
]);

/**
 * Words every club, union and charity calls itself too ("Tidewater Softball Team", "Tidewater
 * Workers Union Office", real-mail round 79): a desk only right beside the organisation's name
 * ("Tidewater Team", "Tidewater Mail System") or glued to it.
 */
export const GENERIC_DESK_WORDS: ReadonlySet<string> = new Set([
  'team',
  'office',
  'department',
  'dept',
  'management',
  'mail',
  'email',
  'system',
  'systems',
  'service',
  'services',
  'staff',
  'people',
  'abteilung',
  'sekretariat',
  'secretariat',
  'personal',
]);

/** Human resources, in the interface's languages: a desk of two words. */
export const DESK_PHRASES = ['human resources', 'recursos humanos', 'ressources humaines'];

/** A company's form glued to its name ("TIDEWATERGROUP"): the name all the same (probe82). */
export const COMPANY_FORMS: ReadonlySet<string> = new Set([
  'group',
  'groupe',
  'ltd',
  'inc',
  'corp',
  'llc',
  'gmbh',
  'ag',
  'sa',
  'plc',
  'co',
  'holdings',
]);

/** A name's words, lower-case, without accents ("Comptabilité" → "comptabilite"). */
export function nameWords(name: string): string[] {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * The desks of an organisation's own inside, which an outsider does not name himself after: its
 * IT, HR, payroll and mail desks ("IT Helpdesk", "Service Desk", "Payroll"). Not billing, accounts
 * or support, which every small business's own Gmail is called too ("Smith Plumbing Billing",
 * "Accounts Team": real-mail round 84).
 */
const INTERNAL_DESK_WORDS: ReadonlySet<string> = new Set([
  'it',
  'ict',
  'hr',
  'rh',
  'rrhh',
  'helpdesk',
  'servicedesk',
  'desk',
  'admin',
  'administrator',
  'security',
  'webmail',
  'mailbox',
  'payroll',
  'payslip',
  'personnel',
  'benefits',
  'informatique',
  'personalabteilung',
  'lohn',
  'lohnbuchhaltung',
  'gehalt',
  'gehaltsabrechnung',
  'nomina',
  'nominas',
  'paie',
  'salaire',
  // probe87: the mail desk and the Spanish IT department ("Soporte Informática", "Sistemas").
  'postmaster',
  'sysadmin',
  'informatica',
  'sistemas',
]);

/**
 * Whether the name is an organisation's inside desk's rather than a person's: it holds such a
 * desk's word ("IT Helpdesk") or "Human Resources".
 */
export function namesInternalDesk(name: string): boolean {
  // Camel case read as words ("ITHelpdesk", "PayrollTeam"), dotted initials as one ("I.T.", "H.R.").
  const words = nameWords(
    name
      .replace(/(?<!\p{L})((?:\p{L}\.){1,3}\p{L})\.?(?!\p{L})/gu, (m) => m.replace(/\./g, ''))
      .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
      .replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1 $2'),
  );
  if (words.some((w) => INTERNAL_DESK_WORDS.has(w))) return true;
  const text = ` ${words.join(' ')} `;
  return DESK_PHRASES.some((p) => text.includes(` ${p} `));
}

/**
 * Whether a domain label is `name` with one desk's word, company form or number glued on, before or
 * after (tidewaterhr, tidewatergroup, payrolltidewater, tidewater365). One word only: a firm named with several
 * ("Summit Support Group", summitsupportgroup.example, to a reader at summit.example: real-mail
 * round 79) is a firm of its own more often than a lure; the generic words (team, office) glue
 * onto every name.
 */
export function gluedDesk(label: string, name: string): boolean {
  // Or a number, as a product's name is written (tidewater365: probe87).
  const word = (w: string) => DESK_WORDS.has(w) || COMPANY_FORMS.has(w) || /^\d{1,4}$/.test(w);
  return (
    label.length > name.length &&
    ((label.startsWith(name) && word(label.slice(name.length))) ||
      (label.endsWith(name) && word(label.slice(0, label.length - name.length))))
  );
}
