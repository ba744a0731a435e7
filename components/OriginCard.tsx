import { useEffect, useRef, useState } from 'preact/hooks';
import type { ApprovalNote } from '../lib/ext/approvals';
import { t } from '../lib/i18n';
import { embeddedLabel } from '../lib/relay/embedded-v4';
import type { Origin } from '../lib/types';
import { type Fact, FactList } from './FactList';
import { visibleText } from './format';

export interface OriginCardProps {
  origin: Origin;
  /** The message's From domain: stored with an approval, so Options can say what it was for. */
  fromDomain?: string | null;
  /** The message fails DMARC: approving is then not the primary action, and the confirmation says why. */
  dmarcFails?: boolean;
  /** Called with the new approval; absent where approving makes no sense (no tab, read-only). */
  onApproval?: (ip: string, approved: boolean, note?: ApprovalNote) => void;
  busy?: boolean;
}

/** The network an approval is for, as Options lists it: `AS16509 Amazon · AWS`. */
export function networkLabel(origin: Origin): string | null {
  const parts = [
    origin.asn !== null ? `AS${origin.asn}${origin.org ? ` ${origin.org}` : ''}` : origin.org,
    origin.hosting?.provider ?? null,
  ].filter((p): p is string => !!p);
  return parts.length > 0 ? parts.join(' · ') : null;
}

/** The server that handed the message to the user's provider, and what network it belongs to. */
export function OriginCard({
  origin,
  fromDomain = null,
  dmarcFails = false,
  onApproval,
  busy,
}: OriginCardProps) {
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLFieldSetElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);
  const hosted = origin.hosting !== null && origin.esp === null;
  const facts: Fact[] = [
    [t('origin_ip'), origin.ip],
    // An IPv6 address carrying an IPv4 host (NAT64, 6to4, Teredo): the network named is that host's.
    [t('origin_embedded_ipv4'), embeddedLabel(origin)],
    [t('origin_rdns'), origin.rdns],
    [t('origin_helo'), origin.helo],
    [
      t('origin_network'),
      origin.ipDataMissing
        ? t('origin_network_unknown')
        : origin.asn !== null
          ? `AS${origin.asn}${origin.org ? ` ${origin.org}` : ''}`
          : origin.org,
    ],
    [t('origin_hosting'), origin.hosting?.provider ?? null],
    [t('origin_esp'), origin.esp],
  ];
  const ip = origin.ip;
  const network = networkLabel(origin);
  const close = () => {
    setConfirming(false);
    // The opener is rendered again by the next render: focus it once it is back.
    requestAnimationFrame(() => openerRef.current?.focus());
  };
  return (
    <section class="origin" aria-labelledby="origin-h" data-testid="origin">
      <h2 id="origin-h">{t('origin_heading')}</h2>
      {ip === null ? <p class="muted">{t('origin_no_ip')}</p> : <FactList facts={facts} maxLength={300} />}
      {origin.hostedServer && (
        <p class="notice" data-testid="hosted-server">
          {t('origin_hosted_notice')}
        </p>
      )}
      {origin.approved && <p class="muted small">{t('origin_you_approved')}</p>}
      {hosted && ip && onApproval && origin.approved && (
        <button type="button" data-testid="approval" disabled={busy} onClick={() => onApproval(ip, false)}>
          {t('approve_remove')}
        </button>
      )}
      {hosted && ip && onApproval && !origin.approved && !confirming && (
        <button
          type="button"
          ref={openerRef}
          class={dmarcFails ? 'link-button' : undefined}
          data-testid="approval"
          data-primary={dmarcFails ? 'no' : 'yes'}
          disabled={busy}
          onClick={() => setConfirming(true)}
        >
          {dmarcFails ? t('approve_open_failing') : t('approve_open')}
        </button>
      )}
      {hosted && ip && onApproval && !origin.approved && confirming && (
        <fieldset
          class="confirm"
          aria-labelledby="approve-q"
          tabIndex={-1}
          ref={confirmRef}
          data-testid="approval-confirm"
          onKeyDown={(e) => {
            if (e.key === 'Escape') close();
          }}
        >
          <p id="approve-q">
            <strong>{t('approve_question', { ip: visibleText(ip, 60) })}</strong> {t('approve_applies_to')}{' '}
            <strong data-testid="approval-scope">
              {fromDomain
                ? t('approve_scope_domain', { ip: visibleText(ip, 60), domain: visibleText(fromDomain, 120) })
                : t('approve_scope', { ip: visibleText(ip, 60) })}
            </strong>
            : {t('approve_scope_effect')}
          </p>
          {dmarcFails && (
            <p class="notice" data-testid="approval-still-fails">
              {t('approve_still_fails')}
            </p>
          )}
          <p class="muted small">
            {t('approve_stored', {
              domain: fromDomain ? visibleText(fromDomain, 120) : t('approve_unknown'),
              network: network ? visibleText(network, 120) : t('approve_unknown'),
            })}
          </p>
          <div class="row">
            <button
              type="button"
              class={dmarcFails ? undefined : 'primary'}
              data-testid="approval-yes"
              disabled={busy}
              onClick={() => {
                setConfirming(false);
                onApproval(ip, true, { fromDomain, network });
              }}
            >
              {dmarcFails ? t('approve_yes_anyway') : t('approve_yes')}
            </button>
            <button
              type="button"
              class={dmarcFails ? 'primary' : undefined}
              data-testid="approval-cancel"
              onClick={close}
            >
              {t('approve_cancel')}
            </button>
          </div>
        </fieldset>
      )}
    </section>
  );
}
