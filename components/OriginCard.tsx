import { useEffect, useRef, useState } from 'preact/hooks';
import type { ApprovalNote } from '../lib/ext/approvals';
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
    ['IP address', origin.ip],
    ['Reverse name', origin.rdns],
    ['Introduced itself as', origin.helo],
    ['Network', origin.asn !== null ? `AS${origin.asn}${origin.org ? ` ${origin.org}` : ''}` : origin.org],
    ['Hosting provider', origin.hosting?.provider ?? null],
    ['Email service', origin.esp],
  ];
  const ip = origin.ip;
  const network = networkLabel(origin);
  const close = () => {
    setConfirming(false);
    openerRef.current?.focus();
  };
  return (
    <section class="origin" aria-labelledby="origin-h" data-testid="origin">
      <h2 id="origin-h">Sending server</h2>
      {ip === null ? (
        <p class="muted">No Received header names the server that handed this message over.</p>
      ) : (
        <FactList facts={facts} maxLength={300} />
      )}
      {origin.hostedServer && (
        <p class="notice" data-testid="hosted-server">
          This is a rented server at a hosting company, not an email service. Real companies rarely send mail
          that way; scammers often do.
        </p>
      )}
      {origin.approved && <p class="muted small">You approved this server.</p>}
      {hosted && ip && onApproval && origin.approved && (
        <button type="button" data-testid="approval" disabled={busy} onClick={() => onApproval(ip, false)}>
          Remove approval
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
          {dmarcFails ? 'I recognise this server anyway…' : 'Approve this server…'}
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
            <strong>Approve {visibleText(ip, 60)}?</strong> This applies to{' '}
            <strong data-testid="approval-scope">
              every message from {visibleText(ip, 60)}, in every webmail
            </strong>
            : none of them will be flagged as coming from a hosted server.
          </p>
          {dmarcFails && (
            <p class="notice" data-testid="approval-still-fails">
              This message itself still fails DMARC: approving the server does not make it genuine.
            </p>
          )}
          <p class="muted small">
            Stored with today’s date
            {fromDomain ? `, ${visibleText(fromDomain, 120)}` : ''}
            {network ? ` and ${visibleText(network, 120)}` : ''}. You can remove it in Options.
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
              {dmarcFails ? 'Approve anyway' : 'Approve'}
            </button>
            <button
              type="button"
              class={dmarcFails ? 'primary' : undefined}
              data-testid="approval-cancel"
              onClick={close}
            >
              Cancel
            </button>
          </div>
        </fieldset>
      )}
    </section>
  );
}
