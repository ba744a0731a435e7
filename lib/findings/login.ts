// login-outside-organisation: the reader's own box recorded a login by a user of another
// organisation than the From's (Postfix's `(Authenticated sender: …)`, cPanel's
// X-Authenticated-Sender / X-Get-Message-Sender-Via; lib/engine/login-submission.ts). A customer
// of the same box writing as the firm's CEO (probe28-login-other-domain-user-ceo, probe32's cPanel
// customer) looks like this, and so does a colleague whose mail program logs in with the account
// of the firm's other domain (rw37-cpanel-own-vps-identity-addon-domain-login): the login is named,
// and the verdict row login-outside-organisation calls it suspicious, not spoofed (SPF at the
// client's home address says nothing about a login). On a box the From's MX names, a bare user
// name the box's line records (`grandma`) names no organisation at all: a colleague's account on a
// box that logs users in without their domain, or another customer's of the same box
// (rw43-family-domain-isp-box-bare-name-login, probe45-login-mxbox-cotenant-bare-user-writes-as-bank
// print the same line); the same row, worded for a login that names nobody. And where the box's
// line records a login but no user at all (Exim's `with esmtpsa`, Postfix's default;
// rw43-cpanel-colleague-to-colleague-same-box-own-login), the same row, worded for that.

import { hostKey, punycodeDomain } from '../dns/name';
import { registrableDomain } from '../dns/registrable';
import { msg } from '../i18n/message';
import { loginHost, loginOrg } from '../message/submission';
import { hasAlignedPass } from './auth-state';
import { originHopLine, uniq } from './evidence';
import type { FindingRule } from './rule';
import { texts } from './text';

/** The box's own headers that name a login (cPanel's Exim). */
const LOGIN_HEADERS = new Set(['x-authenticated-sender', 'x-get-message-sender-via']);

/**
 * The organisation a login (`user@domain`) belongs to, as shown: a name with letters beyond ASCII
 * also in its punycode spelling, so that a look-alike of the From's domain (`rëader.example`,
 * probe32-login-idn-twin-user-ceo) does not read as the reader's own.
 */
export function loginDomainOf(login: string): string {
  const at = login.slice(login.lastIndexOf('@') + 1);
  const org = registrableDomain(hostKey(at)) ?? at;
  return /[^\x00-\x7f]/.test(org) ? `${org} (${punycodeDomain(org) ?? '?'})` : org;
}

/** A named login at the From's own organisation (a sub-domain of it: login-elsewhere's unsure case). */
export function sameOrganisation(login: string, fromDomain: string): boolean {
  const org = loginOrg(login);
  return org !== null && org === registrableDomain(hostKey(fromDomain));
}

/** The login names an organisation (`user@domain`); a bare user name (`grandma`) names none. */
export const isNamedLogin = (login: string): boolean => login.includes('@');

export const loginRule: FindingRule = (ctx) => {
  const a = ctx.analysis;
  const login = a.origin.loginOutsider;
  const domain = a.from?.domain;
  if ((!login && !a.origin.loginUnrecorded) || !domain) return [];
  const hop = a.origin.hopIndex === null ? undefined : a.hops.find((h) => h.index === a.origin.hopIndex);
  const box = hop?.by ?? msg('finding_login_outside_organisation_your_server');
  // The From's own key signed it (a box that signs its domains' mail after the login, Mail-in-a-Box's
  // OpenDKIM: rw50-mailinabox-cohosted-domain-login-hidden): an unnamed login adds nothing to that.
  if (!login)
    return hasAlignedPass(ctx)
      ? []
      : [
          {
            id: 'login-outside-organisation',
            severity: 'medium',
            ...texts(
              msg('finding_login_unrecorded_title'),
              msg('finding_login_unrecorded_detail', { domain, box }),
            ),
            // The headers that name a login are not the box's record (the sender can write them):
            // only its line is shown.
            evidence: originHopLine(ctx),
          },
        ];
  const lower = login.toLowerCase();
  const headers = ctx.message.headers
    .filter((h) => LOGIN_HEADERS.has(h.key) && h.value.toLowerCase().includes(lower))
    .map((h) => h.line);
  const evidence = uniq([...originHopLine(ctx), ...headers]);
  if (!isNamedLogin(login))
    return [
      {
        id: 'login-outside-organisation',
        severity: 'medium',
        ...texts(
          msg('finding_login_unnamed_title', { login }),
          msg('finding_login_unnamed_detail', { login, domain, box }),
        ),
        evidence,
      },
    ];
  const loginDomain = loginDomainOf(login);
  // A sub-domain of the From's own organisation (on a box the From's MX names): not a colleague's
  // login by its name alone (probe49), and not another organisation's either.
  if (sameOrganisation(login, domain))
    return [
      {
        id: 'login-outside-organisation',
        severity: 'medium',
        ...texts(
          msg('finding_login_subdomain_title', { login }),
          msg('finding_login_subdomain_detail', { login, login_host: loginHost(login), domain, box }),
        ),
        evidence,
      },
    ];
  return [
    {
      id: 'login-outside-organisation',
      severity: 'medium',
      ...texts(
        msg('finding_login_outside_organisation_title', { login_domain: loginDomain }),
        msg('finding_login_outside_organisation_detail', { login, login_domain: loginDomain, domain, box }),
      ),
      evidence,
    },
  ];
};
