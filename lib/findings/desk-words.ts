// Words of an organisation's desks and company forms, as the name rules read them: an internal
// lure names the organisation beside one ("Tidewater IT Helpdesk", "TidewaterHR"), a look-alike
// domain glues one to its name (tidewaterpayroll.example), and a desk's name is no person's.
import { looseSkeleton, nameSkeleton } from './visible-text';

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
  // The pay and hiring desks a signing platform's lure names (red-team rounds 113, 122).
  'compensation',
  'onboarding',
  'benefit',
  // not "pay": glued to a name it is a payment firm's own (boltpay.example to a reader at Bolt: rw89)
  'salary',
  'salaries',
  'payslips',
  'paystub',
  'paystubs',
  'lohnabrechnung',
  'entgeltabrechnung',
  'messagerie',
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
  // German personnel offices and Spanish pay desks (red-team round 123: "Tidewater Personalbüro",
  // "Tidewater Remuneraciones"), compared without umlauts and accents.
  'personalburo',
  'personalbuero',
  'personalservice',
  'mitarbeiterservice',
  'remuneracion',
  'remuneraciones',
  'sueldo',
  'sueldos',
  'rrhh',
  'contabilidad',
  'paie',
  'salaire',
  'comptabilite',
  'postmaster',
  'sysadmin',
  'informatica',
  // Russian, as nameWords folds it (й → и): a desk named in Cyrillic beside the organisation's
  // Latin name ("Tidewater Служба ИТ" from a Gmail account: probe92).
  'ит',
  'аити',
  'поддержка',
  'техподдержка',
  'бухгалтерия',
  'зарплата',
  'кадры',
  'кадров',
  'администратор',
  'администрация',
  // Ukrainian, Greek (accents folded) and Arabic, as probe94 wrote them.
  'іт',
  'бухгалтерія',
  'підтримка',
  'кадри',
  'πληροφορικης',
  'μισθοδοσια',
  'υποστηριξη',
  'λογιστηριο',
  'تقنية',
  'المعلومات',
  'الرواتب',
  'الدعم',
  'الموارد',
  'البشرية',
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
  'employee',
  'employees',
  'mitarbeiter',
  'people',
  'abteilung',
  'sekretariat',
  'secretariat',
  'personal',
  'служба',
  'отдел',
  'команда',
  'відділ',
  'τμημα',
  'قسم',
]);

/**
 * Words of a mail system's, a sign-in page's or an office role's name, which a name written apart
 * may hold beside desk words and still be the organisation's desk ("Tide Water Payroll Portal":
 * red-team round 119; lib/findings/reader-org.ts deskBeside). A generic word beside the name is
 * read by the trade words instead (TRADE_WORDS).
 */
export const SYSTEM_WORDS: ReadonlySet<string> = new Set([
  'delivery',
  'subsystem',
  'daemon',
  'quarantine',
  'server',
  'portal',
  'login',
  'notification',
  'notifications',
  'alert',
  'alerts',
  'manager',
  'center',
  'centre',
  'update',
  'updates',
  'account',
  'accounts',
  'payment',
  'payments',
  'sso',
  'verification',
]);

/**
 * Words of a trade's, a club's or an institution's name, after which a generic word beside an
 * organisation's name is that business's, not a desk ("Tidewater Office Supply", "Tidewater Team
 * Sports", "Tidewater Staff Picks", "Tidewater Mail Boxes", "Team Tidewater Triathlon Club":
 * real-mail rounds 115, 117). Plurals are read as their singular.
 */
const TRADE_WORDS: ReadonlySet<string> = new Set([
  // shops and trades
  'supply',
  'furniture',
  'sport',
  'pick',
  'box',
  'boxe',
  'mover',
  'store',
  'shop',
  'shoppe',
  'boutique',
  'bakery',
  'cafe',
  'coffee',
  'restaurant',
  'grill',
  'bar',
  'pub',
  'garage',
  'repair',
  'rental',
  'realty',
  'home',
  'market',
  'brewery',
  'winery',
  'kitchen',
  'salon',
  'spa',
  'clinic',
  'dental',
  'pharmacy',
  'hotel',
  'inn',
  'marina',
  'boat',
  'car',
  'auto',
  'motor',
  'depot',
  'tour',
  'travel',
  'cleaning',
  'plumbing',
  'landscaping',
  'printing',
  'farm',
  'outfitter',
  'outlet',
  'warehouse',
  'emporium',
  'wholesale',
  'showroom',
  'equipment',
  'rescue',
  'shelter',
  'kennel',
  // clubs, teams' sports and institutions
  'club',
  'committee',
  'verein',
  'sportverein',
  'sportgruppe',
  'betriebssportgruppe',
  'laufgruppe',
  'lauftreff',
  'drachenboot',
  'deportivo',
  'padel',
  'netball',
  'cricket',
  'rugby',
  'volleyball',
  'lacrosse',
  'asociacion',
  'association',
  'society',
  'union',
  'league',
  'triathlon',
  'softball',
  'baseball',
  'basketball',
  'football',
  'soccer',
  'hockey',
  'rowing',
  'sailing',
  'swim',
  'swimming',
  'golf',
  'tennis',
  'running',
  'cycling',
  'booster',
  'alumni',
  'choir',
  'band',
  'orchestra',
  'theatre',
  'theater',
  'museum',
  'library',
  'church',
  'school',
  'college',
  'university',
  'academy',
  'gym',
  'fitness',
  'yoga',
  'festival',
  'fair',
]);

/** The trade words as the name rules' skeleton readings write them ("association" → "assoclatlon"). */
const TRADE_READINGS: ReadonlySet<string> = new Set(
  [...TRADE_WORDS].flatMap((t) => [t, nameSkeleton(t), looseSkeleton(nameSkeleton(t))]),
);

/** Whether `w` is a trade's, a club's or an institution's word (TRADE_WORDS), plural or not, as written or as read. */
export function tradeWord(w: string): boolean {
  return TRADE_READINGS.has(w) || (w.length > 3 && w.endsWith('s') && TRADE_READINGS.has(w.slice(0, -1)));
}

/**
 * Trade words that after "staff", "office" or "employee" name the employer's own facility or
 * benefit, not a business of its own: "Tidewater Staff Clinic", "Tidewater Office Equipment",
 * "Tidewater Staff Travel" (red-team round 123).
 */
const FACILITY_WORDS: ReadonlySet<string> = new Set([
  'parking',
  'garage',
  'shop',
  'store',
  'shoppe',
  'clinic',
  'car',
  'travel',
  'equipment',
  'home',
  'gym',
  'fitness',
  'cafe',
  'kitchen',
  'library',
  'dental',
  'pharmacy',
]);

const INSIDE_GENERIC: ReadonlySet<string> = new Set([
  'staff',
  'office',
  'team',
  'people',
  'employee',
  'employees',
  'personal',
  'personnel',
  'mitarbeiter',
]);

/**
 * Money words that keep a staff body's name a desk ("Tidewater Staff Credit Union", "Tidewater
 * Staff Rewards Club": red-team round 124): the employer's pay and perks, whatever trade follows.
 */
export const MONEY_WORDS: ReadonlySet<string> = new Set([
  'credit',
  'reward',
  'rewards',
  'perk',
  'perks',
  'bonus',
  'bonuses',
  'loan',
  'loans',
  'savings',
  'pension',
  'pensions',
  'expense',
  'expenses',
  'pay',
  'wage',
  'wages',
  'discount',
  'discounts',
  'allowance',
  'allowances',
  'reimbursement',
  'reimbursements',
  'lottery',
  'prize',
  'prizes',
  'draw',
  'voucher',
  'vouchers',
  'gift',
  'gifts',
  'share',
  'shares',
  // German, Spanish and French (red-team round 126: "Tidewater Mitarbeiter Spar Verein")
  'spar',
  'praemie',
  'pramie',
  'pramien',
  'rabatt',
  'ahorro',
  'epargne',
]);

/** The staff's own bodies, after which a committee is theirs ("Tidewater Staff Social Committee"). */
const STAFF_WORDS: ReadonlySet<string> = new Set([
  'staff',
  'employee',
  'employees',
  'personal',
  'personnel',
  'mitarbeiter',
]);

/** A branch's number after a union's or a club's name ("Tidewater Teachers Union Local 12"). */
const BRANCH_WORDS: ReadonlySet<string> = new Set(['local', 'chapter', 'branch', 'lodge', 'post', 'no']);

/**
 * Whether the words from `from` on are a trade's, a club's or an institution's name after the
 * generic word `generic`: the name ends in a trade word (TRADE_WORDS; company forms, "and" and a
 * branch's number after it are skipped), one that after "staff", "office", "employee" or
 * "personal" neither names the employer's own facility (FACILITY_WORDS) nor follows a money word
 * (MONEY_WORDS). "Tidewater Office Supply", "Team Tidewater Youth Soccer", "Tidewater Staff Union
 * Local 12"; not "Tidewater Mail Box Quota" or "Tidewater Staff Travel Expenses", where a trade
 * word followed by the lure's own words let any name through (red-team round 123), nor "Tidewater
 * Staff Credit Union" or "Tidewater Staff Print Shop" (round 124).
 */
export function tradeNameAfter(words: readonly string[], from: number, generic: string): boolean {
  let end = words.length - 1;
  while (end >= from && (COMPANY_FORMS.has(words[end]!) || words[end] === 'and')) end--;
  // A branch's number: "Union Local 12", "Lodge No 4".
  // A branch's number ("Union Local 12", "Lodge No 4"), also as the skeleton readings write its
  // digits ("l2").
  if (end > from && BRANCH_WORDS.has(words[end - 1]!) && /^[\dlioszbg]{1,5}$/.test(words[end]!)) end -= 2;
  else if (end >= from && /^\d{1,5}$/.test(words[end]!)) end--;
  if (end < from) return false;
  const w = words[end]!;
  if (!tradeWord(w)) return false;
  // A committee is a staff body's only after the staff's word: "Tidewater Email Migration
  // Committee" and "Tidewater People Committee" are the employer's own (red-team round 125).
  if ((w === 'committee' || w === 'committees') && !STAFF_WORDS.has(generic)) return false;
  if (!INSIDE_GENERIC.has(generic)) return true;
  // Money or the employer's facility anywhere before the trade word: "Tidewater Staff Car Rental",
  // "Tidewater Staff Parking Committee" (red-team round 126).
  for (let k = from; k < end; k++) {
    const x = words[k]!;
    if (MONEY_WORDS.has(x) || FACILITY_WORDS.has(x)) return false;
  }
  const single = w.length > 3 && w.endsWith('s') ? w.slice(0, -1) : w;
  return !FACILITY_WORDS.has(w) && !FACILITY_WORDS.has(single);
}

/** Human resources, in the interface's languages: a desk of two words. */
export const DESK_PHRASES = ['human resources', 'recursos humanos', 'ressources humaines'];

/**
 * The HR desks' two-word names beside an organisation's name ("Tidewater Total Rewards": red-team
 * round 113): read only there, as alone they name a loyalty programme or a firm's own team.
 */
export const ORG_DESK_PHRASES = [
  ...DESK_PHRASES,
  'total rewards',
  'people operations',
  'employee services',
  // red-team round 115
  'talent acquisition',
  'employee relations',
  'human capital',
  // "People & Culture", with or without its "and" (red-team round 115)
  'people and culture',
  'people culture',
];

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
  // Full-width letters folded first ("ＩＴ Support": probe90).
  return name
    .normalize('NFKC')
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
 * desk's word ("IT Helpdesk") or "Human Resources", and nothing but desk words.
 */
/** Camel case and a capital run before a word read apart ("TidewaterHRPortal" → "Tidewater HR Portal"). */
export function splitCamel(name: string): string {
  return name.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2').replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1 $2');
}

export function namesInternalDesk(name: string): boolean {
  // Camel case read as words ("ITHelpdesk", "PayrollTeam"), dotted initials as one ("I.T.", "H.R.").
  const words = joinInitials(
    nameWords(
      splitCamel(
        name.replace(/(?<!\p{L})((?:\p{L}\.){1,3}\p{L})\.?(?!\p{L})/gu, (m) => m.replace(/\./g, '')),
      ),
    ),
  );
  const text = ` ${words.join(' ')} `;
  if (
    !words.some((w) => INTERNAL_DESK_WORDS.has(w) || gluedInternal(w)) &&
    !DESK_PHRASES.some((p) => text.includes(` ${p} `)) &&
    !words.some((w) => GLUED_PHRASES.has(w))
  )
    return false;
  // A desk's name is all desk: "IT Helpdesk", "Soporte Informática", "Department of Human
  // Resources". A person's name holds another word: "Ines Sistemas" (a surname), "I.T. Okafor"
  // (initials: real-mail round 88).
  return words.every(
    (w) =>
      deskWord(w) ||
      gluedInternal(w) ||
      GLUED_PHRASES.has(w) ||
      COMPANY_FORMS.has(w) ||
      PHRASE_WORDS.has(w) ||
      JOINING_WORDS.has(w) ||
      /^\d+$/.test(w),
  );
}

/** The words of the desk phrases ("human", "resources"), and each phrase written as one ("humanresources"). */
const PHRASE_WORDS: ReadonlySet<string> = new Set(DESK_PHRASES.flatMap((p) => p.split(' ')));
const GLUED_PHRASES: ReadonlySet<string> = new Set(DESK_PHRASES.map((p) => p.replace(/ /g, '')));

/** A word of any desk list: an inside desk's, any desk's, or a generic one (team, office). */
function deskWord(w: string): boolean {
  return INTERNAL_DESK_WORDS.has(w) || DESK_WORDS.has(w) || GENERIC_DESK_WORDS.has(w);
}

/** Runs of single letters read as one word where they spell an inside desk ("H R Department"). */
function joinInitials(words: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    let j = i;
    while (j < words.length && words[j]!.length === 1) j++;
    const run = words.slice(i, j).join('');
    if (j - i >= 2 && INTERNAL_DESK_WORDS.has(run)) {
      out.push(run);
      i = j - 1;
    } else out.push(words[i]!);
  }
  return out;
}

/** A word glued of an inside desk's word and one more desk word ("mailadmin", "payrollteam"). */
function gluedInternal(w: string): boolean {
  for (let i = 2; i <= w.length - 2; i++) {
    const a = w.slice(0, i);
    const b = w.slice(i);
    if ((INTERNAL_DESK_WORDS.has(a) && deskWord(b)) || (INTERNAL_DESK_WORDS.has(b) && deskWord(a)))
      return true;
  }
  return false;
}

/** Words that join a desk's name ("Department of IT", "Service de la paie"). */
const JOINING_WORDS: ReadonlySet<string> = new Set([
  'of',
  'the',
  'and',
  'for',
  'de',
  'del',
  'la',
  'le',
  'des',
  'du',
  'der',
  'die',
  'und',
  'fur',
  'y',
  'et',
]);

/**
 * Whether a domain label is `name` with, before or after it, one desk's word, company form or
 * number glued on (tidewaterhr, tidewatergroup, payrolltidewater, tidewater365), or two words of
 * which one is an inside desk's (tidewaterhrportal, mytidewaterpayroll, tidewaterit-support with
 * its hyphens dropped: probe90). A firm named with two other words ("Summit Support Group",
 * summitsupportgroup.example, to a reader at summit.example: real-mail round 79) is a firm of its
 * own more often than a lure; a generic word alone (team, office) glues onto every name.
 */
export function gluedDesk(label: string, name: string): boolean {
  const at = label.indexOf(name);
  if (at < 0 || label.length === name.length) return false;
  const rest = [label.slice(0, at), label.slice(at + name.length)].filter(Boolean);
  if (rest.length === 1 && (DESK_WORDS.has(rest[0]!) || COMPANY_FORMS.has(rest[0]!) || NUMBER.test(rest[0]!)))
    return true;
  const words: string[] = [];
  for (const r of rest) {
    const split = splitTwo(r);
    if (!split) return false;
    words.push(...split);
  }
  return words.length === 2 && words.some((w) => INTERNAL_DESK_WORDS.has(w));
}

/** A number as a product's name glues it (tidewater365). */
const NUMBER = /^\d{1,4}$/;

/** Words a lure's domain glues beside a desk's (tidewaterhrportal, mytidewaterpayroll). */
const PORTAL_WORDS: ReadonlySet<string> = new Set([
  'portal',
  'login',
  'sso',
  'secure',
  'my',
  'online',
  'hub',
]);

/** `s` as one or two words of the desk lists and PORTAL_WORDS, or null. */
function splitTwo(s: string): string[] | null {
  const known = (w: string) => deskWord(w) || COMPANY_FORMS.has(w) || PORTAL_WORDS.has(w) || NUMBER.test(w);
  if (known(s)) return [s];
  for (let i = 1; i < s.length; i++)
    if (known(s.slice(0, i)) && known(s.slice(i))) return [s.slice(0, i), s.slice(i)];
  return null;
}
