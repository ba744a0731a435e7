// The one plain-text sentence that goes with the verdict, as a Message (locales/: summary_…) so the
// extension can show it in the reader's language; the English text is rendered from it.
import { inner, type Message, type MessageParam, msg } from '../i18n/message';
import { loginHost } from '../message/submission';
import type { Finding } from '../types';
import { type DmarcState, sharedSpfPlatform } from './auth-state';
import { isNamedLogin, loginDomainOf, sameOrganisation } from './login';
import type { VerdictInput, VerdictRuleId } from './verdict';

/** "an Amazon EC2 server (3.85.17.200)" / "a server (203.0.113.9)" / "an unknown server". */
function serverPhrase(a: VerdictInput): Message {
  const o = a.origin;
  const provider = o.hosting?.provider;
  if (provider && o.ip)
    return msg(/^[aeiou]/i.test(provider) ? 'summary_server_provider_ip_an' : 'summary_server_provider_ip', {
      provider,
      ip: o.ip,
    });
  if (provider)
    return msg(/^[aeiou]/i.test(provider) ? 'summary_server_provider_an' : 'summary_server_provider', {
      provider,
    });
  if (o.ip) return msg('summary_server_ip', { ip: o.ip });
  return msg('summary_server_unknown');
}

function topFinding(findings: Finding[], severities: string[]): Finding | undefined {
  return findings.find((f) => severities.includes(f.severity));
}

/** A finding's title placed inside the summary (lower-cased where the language does that). */
function titleIn(f: Finding | undefined, fallback: Message): Message {
  if (!f) return inner(fallback);
  return inner(f.message?.title ?? msg('common_text', { text: f.title }));
}

/** Why nothing could be confirmed, as a sentence without its full stop. */
export function unverifiedReason(a: VerdictInput, st: DmarcState, findings: Finding[] = []): Message {
  const d = a.from?.domain;
  if (!d) return msg('summary_reason_no_from');
  if (findings.some((f) => f.id === 'gateway-recorded-pass') && st.result !== 'pass')
    return msg('summary_reason_gateway', {
      gateway: a.gateway?.name ?? msg('summary_a_mail_gateway'),
      domain: d,
    });
  if (findings.some((f) => f.id === 'changed-after-entry') && st.result !== 'pass')
    return msg('summary_reason_changed_after_entry', { domain: d });
  if (findings.some((f) => f.id === 'key-gone-after-entry') && st.result !== 'pass')
    return msg('summary_reason_key_gone_after_entry', { domain: d });
  if (findings.some((f) => f.id === 'key-gone-since-delivery') && st.result !== 'pass')
    return msg('summary_reason_key_gone_since_delivery', { domain: d });
  if (findings.some((f) => f.id === 'spf-changed-after-entry') && st.result !== 'pass') {
    const g = a.gateway && !a.gateway.trusted ? (a.gateway.name ?? a.gateway.host ?? null) : null;
    return g
      ? msg('summary_reason_spf_behind_gateway', { domain: d, name: g })
      : msg('summary_reason_spf_changed_after_entry', { domain: d });
  }
  if (st.unreliable) return msg('summary_reason_not_byte_exact', { domain: d });
  if (a.mode === 'offline' && a.dmarc.atTrustedGateway)
    return msg('summary_reason_offline_at_gateway', { domain: d, ip: a.dmarc.atTrustedGateway });
  // Offline in Outlook, Exchange Online's record (it names no authserv-id) is read only where it
  // shows a failure: saying none was found is untrue there (real-mail round 96).
  if (a.mode === 'offline' && st.source === 'none' && !a.provider && a.meta.profile?.name === 'outlook')
    return msg('summary_reason_offline_outlook', { domain: d });
  if (a.mode === 'offline' && st.source === 'none')
    // The provider's headers were found but carry no DMARC result: saying none were found is untrue.
    return msg(a.provider ? 'summary_reason_offline_no_dmarc' : 'summary_reason_offline', { domain: d });
  // Collected over POP3/IMAP, the sending server unknown (lib/analyze.ts undecidedByFetch): no DNS fault.
  if (st.result === 'temperror' && a.origin.collectedFrom !== undefined && a.spf.result !== 'temperror')
    return msg('summary_reason_fetch_undecided', { domain: d, server: a.origin.collectedFrom });
  if (st.result === 'temperror' && a.origin.receiverMxUnknown)
    return msg('summary_reason_mx_unknown', {
      domain: d,
      mx: a.origin.receiverMxUnknown.domain,
      host: a.origin.receiverMxUnknown.host,
    });
  if (st.result === 'temperror' || a.spf.result === 'temperror')
    // Offline the failed lookup was the provider's, on arrival: trying again changes nothing (probe89).
    return msg(a.mode === 'offline' ? 'summary_reason_provider_dns' : 'summary_reason_dns', { domain: d });
  if (a.origin.insideReceiver && st.result !== 'pass')
    return msg(
      a.origin.loginSubmission
        ? 'summary_reason_inside_submission'
        : a.meta.profile?.name === 'outlook'
          ? 'summary_reason_inside_exchange'
          : 'summary_reason_inside_receiver',
      {
        domain: d,
        // The box that took the login: under the From's domain, or the one its MX names (rw41's
        // notary writing through the firm's box for its second domain).
        box: a.hops.find((h) => h.index === a.origin.hopIndex)?.by ?? d,
      },
    );
  if (st.result === 'none' || st.result === null) return msg('summary_reason_no_dmarc', { domain: d });
  const platform = st.result === 'pass' ? sharedSpfPlatform({ analysis: a, options: {} }, findings) : null;
  if (platform) return sharedReason(platform, d);
  if (st.result === 'pass') return msg('summary_reason_pass_but', { domain: d });
  return msg('summary_reason_unconfirmed', { domain: d, result: st.result });
}

/** "Only <platform>'s shared SPF vouches for <domain>…" (sharedSpfPlatform's record and owner). */
function sharedReason(platform: { record: string; owner: string; list?: true }, d: MessageParam): Message {
  const { record: shared, owner } = platform;
  if (platform.list) return msg('summary_reason_shared_spf_list', { shared, domain: d, list: owner });
  if (owner === 'google') return msg('summary_reason_shared_spf_google', { shared, domain: d });
  if (owner === 'microsoft') return msg('summary_reason_shared_spf', { shared, domain: d });
  return msg('summary_reason_shared_spf_hosting', { shared, domain: d, provider: owner });
}

export function summaryFor(
  rule: VerdictRuleId,
  a: VerdictInput,
  findings: Finding[],
  st: DmarcState,
  /** The concerns the verdict weighed, when not every medium or high finding (an excuse's own are not). */
  concerns: Finding[] = findings,
): Message {
  const d: MessageParam = a.from?.domain ?? msg('summary_unknown_domain');
  const top = topFinding(findings, ['high', 'medium']);
  switch (rule) {
    case 'dmarc-fail': {
      // A trusted forwarder that did not see a pass says so (issue 16.3): its record is shown.
      const forward = findings.find((f) => f.id === 'arc-forwarder-no-pass');
      return msg('summary_dmarc_fail', {
        domain: d,
        server: serverPhrase(a),
        forward: forward
          ? msg('summary_forward_note', {
              title: forward.message?.title ?? msg('common_text', { text: forward.title }),
            })
          : '',
      });
    }
    case 'forwarder-unknown': {
      const past = findings.find((x) => x.id === 'arc-spf-past-gateway');
      if (past)
        return msg('summary_forwarder_past_gateway', {
          domain: d,
          title: titleIn(past, msg('summary_a_warning_stands')),
        });
      const f = findings.find((x) => x.id === 'arc-untrusted-sealer');
      const sealer = f?.action?.domain ?? msg('summary_unknown_forwarder');
      return msg('summary_forwarder_unknown', { domain: d, sealer });
    }
    case 'policy-none-with-concerns': {
      const other = findings.find(
        (f) => (f.severity === 'high' || f.severity === 'medium') && !FAILURE_IDS.has(f.id),
      );
      return msg('summary_policy_none_with_concerns', {
        domain: d,
        // "…and nothing proves this comes from X, your own organisation" would say it twice.
        concern:
          other?.id === 'own-domain-unauthenticated'
            ? msg('summary_concern_own_domain', { domain: d })
            : titleIn(other, msg('summary_a_warning_stands')),
      });
    }
    case 'forwarded-trusted': {
      const f = findings.find((x) => x.id === 'arc-forwarded');
      // The sender signs nothing: the forward broke the check of its server, not a signature.
      const spfOnly = f?.message?.title.key === 'finding_arc_forwarded_spf_title';
      return msg(spfOnly ? 'summary_forwarded_trusted_spf' : 'summary_forwarded_trusted', {
        domain: d,
        forwarded: f
          ? msg('summary_forwarded_how', { title: titleIn(f, msg('summary_a_warning_stands')) })
          : '',
        note: noteOf(top),
      });
    }
    case 'changed-by-list': {
      const f = findings.find((x) => x.id === 'list-modified' || x.id === 'subject-tag-added');
      return msg('summary_changed_by_list', {
        domain: d,
        change: titleIn(f, msg('summary_changed_by_a_list')),
        note: noteOf(top),
      });
    }
    case 'gateway-recorded-pass':
    case 'changed-after-entry':
      return msg('summary_sentence', { reason: unverifiedReason(a, st, findings), note: '' });
    case 'policy-none':
      return msg('summary_policy_none', { domain: d, note: noteOf(top) });
    case 'impersonation-unauthenticated':
      return msg('summary_impersonation_unauthenticated', {
        domain: d,
        imitation: titleIn(top, msg('summary_a_lookalike_sender')),
      });
    case 'impersonation-unchecked':
      // Offline with no provider results nothing was looked up: no DNS lookup failed.
      return msg(
        a.mode === 'offline' ? 'summary_impersonation_unchecked_offline' : 'summary_impersonation_unchecked',
        {
          domain: d,
          imitation: titleIn(top, msg('summary_a_lookalike_sender')),
        },
      );
    case 'from-unusable':
      return msg('summary_from_unusable', {
        problem: titleIn(
          findings.find((f) => f.id === 'from-unparseable' || f.id === 'multiple-from'),
          msg('summary_no_single_sender'),
        ),
      });
    case 'authenticated-with-concerns': {
      // The pass judged the gateway that handed the message over, which recorded a failure.
      const gatewayFail = concerns.find((f) => f.id === 'gateway-recorded-fail');
      if (gatewayFail)
        return msg('summary_gateway_recorded_fail', {
          domain: d,
          name: a.gateway?.name ?? a.gateway?.host ?? a.gateway?.ip ?? msg('finding_gateway_a_gateway'),
        });
      // The pass is SPF alone under a term that lets every server pass (`+all`, a block wider than
      // any network, an exists: without the client's address): it says nothing of the sender.
      const everyone = concerns.find(
        (f) =>
          f.id === 'broad-spf' && f.severity === 'medium' && EVERYONE_TITLES.has(f.message?.title.key ?? ''),
      );
      if (everyone && !a.dkim.some((x) => x.result === 'pass' && x.aligned))
        return msg('summary_spf_everyone', {
          domain: d,
          mechanism: a.spf.breadth?.mechanism ?? a.spf.mechanism ?? '',
        });
      // A pass that rests only on a shared platform's SPF include does not say the domain sent it:
      // that is said first, then the concern (the domain's own signature broken before the
      // reader's provider: real-mail round 129's cross-tenant forgery).
      const platform =
        st.result === 'pass' ? sharedSpfPlatform({ analysis: a, options: {} }, findings) : null;
      if (platform)
        return msg('summary_shared_spf_with_concerns', {
          reason: sharedReason(platform, d),
          concern: titleIn(topFinding(concerns, ['high', 'medium']), msg('summary_a_warning_stands')),
        });
      // "Really comes from …, but": the concern named is one beside the pass, not the failure a
      // recorded pass explains, nor the excuse's own story (a list's own seal beside the list's
      // footer link that imitates the sender: probe65-gmail-attacker-list-footer-link-on-genuine-notice) (a list post forwarded under a trusted seal: rw45, whose summary
      // read "really comes from …, but … DMARC failed").
      return msg('summary_authenticated_with_concerns', {
        domain: d,
        concern: titleIn(
          topFinding(
            concerns.filter((f) => !FAILURE_IDS.has(f.id)),
            ['high', 'medium'],
          ),
          msg('summary_a_warning_stands'),
        ),
      });
    }
    case 'login-outside-organisation': {
      if (a.origin.loginUnrecorded) return msg('summary_login_unrecorded', { domain: d });
      const login = a.origin.loginOutsider ?? '';
      if (!isNamedLogin(login)) return msg('summary_login_unnamed', { domain: d, login });
      if (sameOrganisation(login, a.from?.domain ?? ''))
        return msg('summary_login_subdomain', { domain: d, login, login_host: loginHost(login) });
      return msg('summary_login_outside_organisation', {
        domain: d,
        login,
        login_domain: loginDomainOf(login),
      });
    }
    case 'unauthenticated-hosted-server':
      return msg('summary_unauthenticated_hosted_server', { domain: d, server: serverPhrase(a) });
    case 'dmarc-pass': {
      const by = findings.some((f) => f.id === 'changed-after-entry')
        ? msg('summary_by_recorded_before_change')
        : a.mode === 'offline' || st.source === 'provider'
          ? msg('summary_by_provider_checks')
          : passedBy(a);
      return a.origin.esp
        ? msg('summary_dmarc_pass_esp', { domain: d, by, esp: a.origin.esp })
        : msg('summary_dmarc_pass', { domain: d, by });
    }
    case 'receiver-recorded-spoof':
      return msg('summary_receiver_recorded_spoof', { domain: d });
    case 'own-domain-unauthenticated': {
      // The branch own-domain.ts took, as its detail names it: sent as another domain's mail, no
      // SPF record speaking for the server, no server known behind the box's NAT, or refused (by our
      // check, or behind the box's NAT by the box's own).
      const detail = findings.find((f) => f.id === 'own-domain-unauthenticated')?.message?.detail.key;
      if (detail === 'finding_own_domain_unauthenticated_foreign_detail')
        return msg('summary_own_domain_unauthenticated_foreign', { domain: d });
      if (detail === 'finding_own_domain_unauthenticated_unlisted_detail')
        return msg('summary_own_domain_unauthenticated_unlisted', { domain: d });
      if (detail === 'finding_own_domain_unauthenticated_nat_detail')
        return msg('summary_own_domain_unauthenticated_nat', { domain: d });
      return msg('summary_own_domain_unauthenticated', { domain: d });
    }
    case 'otherwise': {
      // The gateway's recorded pass already explains the failure the top finding would repeat.
      const explained = findings.some(
        (f) => f.id === 'gateway-recorded-pass' || f.id === 'changed-after-entry',
      );
      const note =
        top && !explained
          ? msg('summary_also', { title: titleIn(top, msg('summary_a_warning_stands')) })
          : '';
      return msg('summary_sentence', { reason: unverifiedReason(a, st, findings), note });
    }
  }
}

/** broad-spf's titles for a term every server passes (lib/findings/broad-spf.ts). */
const EVERYONE_TITLES = new Set([
  'finding_broad_spf_all_title',
  'finding_broad_spf_huge_title',
  'finding_broad_spf_exists_title',
]);

/** Findings that are the DMARC failure itself, not other evidence about the message. */
// Exchange Online's own record of the From domain's DMARC fail is that failure, read where our
// check could not decide (probe70-google-group-bank-post-eop-130-offline-control: a trusted
// forwarder's record of a pass explains it, as it explains our own dmarc-fail).
export const FAILURE_IDS = new Set([
  'dmarc-fail',
  'dkim-fail',
  'spf-fail',
  'spf-softfail',
  'spf-permerror',
  'receiver-recorded-fail',
]);

function noteOf(top: Finding | undefined): MessageParam {
  return top && !FAILURE_IDS.has(top.id)
    ? msg('summary_also', { title: titleIn(top, msg('summary_a_warning_stands')) })
    : '';
}

function passedBy(a: VerdictInput): Message {
  const d = a.from?.domain ?? '';
  const by = a.dmarc.passedBy;
  if (by.includes('dkim') && by.includes('spf')) return msg('summary_by_dkim_and_spf', { domain: d });
  if (by.includes('dkim')) return msg('summary_by_dkim', { domain: d });
  if (by.includes('spf')) return msg('summary_by_spf', { domain: d });
  return msg('summary_by_dmarc');
}
