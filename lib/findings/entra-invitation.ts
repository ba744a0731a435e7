// Microsoft's own B2B invitation, which Entra has sent from the inviting tenant itself since
// December 2025: "Microsoft Invitations on behalf of Contoso" <invites@contoso.onmicrosoft.com>
// (learn.microsoft.com, "B2B invitation email elements"; `.onmicrosoft.us` for government,
// `.partner.onmschina.cn` for 21Vianet). Without this every tenant's genuine invitation read as
// Microsoft's name on a tenant (real-mail round 205). Anyone may rent a tenant and write the
// template, so its principal is the tenant's own claim and is judged as one.

import { localPartOf } from '../message/addresses';
import { namesInternalDesk } from './desk-words';
import { brandInName, brandOfDomain, namesOnlyDesk } from './domains';
import { signUpDomain } from './freemail';
import { namedOnBehalf, nameSpellings } from './name-spellings';
import { shownText } from './visible-text';

const ENTRA_INVITATION = /^Microsoft Invitations on behalf of (\S.*)$/;
const ENTRA_TENANT_PARENTS: readonly string[] = ['onmicrosoft.com', 'onmicrosoft.us', 'partner.onmschina.cn'];

/**
 * Microsoft's products, words no one else's firm is named by alone ("M365 Admin", "Copilot Studio",
 * "MSFT Partner Network": red-team rounds 218 and 220).
 */
const MICROSOFT_WORDS =
  /(?<![\p{L}\p{N}])(?:microsoft|msft|m365|o365|azure|entra|intune|onedrive|sharepoint|hotmail|msn|copilot|dynamics\s*365)/iu;
/**
 * Microsoft's products that are everyday words too ("Exchange Bank", "Live Oak Bank", "Outlook
 * Financial Group", "Clearview Windows & Doors": round 220's genuine firms): refused only where the
 * rest of the name is empty or a desk's ("Outlook Team", "Exchange Admin").
 */
const MICROSOFT_EVERYDAY_WORDS =
  /(?<![\p{L}\p{N}])(?:office|outlook|teams|exchange|live|windows|defender)(?![\p{L}\p{N}])/giu;
/** An administrator's or a finance desk's words (round 220: "Global Admin", "Accounts Payable"). */
const ADMIN_WORDS =
  /(?<![\p{L}\p{N}])(?:admins?|administrator|administration|sysadmin|security|operations|payable|receivable|payroll|billing|compliance|helpdesk|support|sicherheit\p{L}*|verwaltung|buchhaltung|seguridad|soporte|s[ée]curit[ée]|comptabilit[ée])(?![\p{L}\p{N}])/iu;

/**
 * The principal of Entra's invitation template, when the From is exactly that template from
 * `invites@` on an Entra tenant named as the principal (its label one of the principal's spellings
 * or the start of one, or one of them its start: contoso, contoso365 for "Contoso"), and the principal names no
 * brand (Microsoft and its products included, as written and as shown: "Wells Fargo™" shows as
 * "Wells FargoTM"), no desk, no administrator or finance function; else null. The caller asks for
 * the tenant's own aligned pass.
 */
export function entraTemplate(address: string, displayName: string, domain: string): string | null {
  const signUp = signUpDomain(domain);
  if (signUp?.kind !== 'tenant' || !ENTRA_TENANT_PARENTS.includes(signUp.provider)) return null;
  if (localPartOf(address).toLowerCase() !== 'invites') return null;
  const principal = ENTRA_INVITATION.exec(shownText(displayName).trim())?.[1]?.trim();
  if (!principal) return null;
  const written = namedOnBehalf(displayName) ?? principal;
  const label = domain
    .slice(0, domain.length - signUp.provider.length - 1)
    .toLowerCase()
    .replace(/-/g, '');
  // Tenants are often named short (mtpleasantdental for "Mount Pleasant Dental Center", contoso365
  // for "Contoso": red-team round 218's genuine ones): one spelling the start of the other.
  const named = (n: string) =>
    n.length >= 4 && label.length >= 4 && (n.startsWith(label) || label.startsWith(n));
  const spellings = nameSpellings(principal);
  if (!spellings.some(named)) return null;
  // A brand's own name alone, bare of its legal form ("Apple Inc.", "Meta": round 220), which the
  // brand words leave to the words beside it: its .com names the brand.
  if (spellings.some((n) => n.length >= 3 && brandOfDomain(`${n}.com`) !== null)) return null;
  for (const n of [principal, written]) {
    if (brandInName(n) || MICROSOFT_WORDS.test(n) || ADMIN_WORDS.test(n)) return null;
    const rest = n.replace(MICROSOFT_EVERYDAY_WORDS, ' ').trim();
    if (rest !== n.trim() && (rest === '' || namesOnlyDesk(rest) || /^(?:team|group|services?)$/i.test(rest)))
      return null;
  }
  return namesOnlyDesk(principal) || namesInternalDesk(principal) ? null : principal;
}
