import type { Origin } from '../lib/types';
import { type Fact, FactList } from './FactList';

export interface OriginCardProps {
  origin: Origin;
  /** Called with the new approval; absent where approving makes no sense (no tab, read-only). */
  onApproval?: (ip: string, approved: boolean) => void;
  busy?: boolean;
}

/** The server that handed the message to the user's provider, and what network it belongs to. */
export function OriginCard({ origin, onApproval, busy }: OriginCardProps) {
  const hosted = origin.hosting !== null && origin.esp === null;
  const facts: Fact[] = [
    ['IP address', origin.ip],
    ['Reverse name', origin.rdns],
    ['Introduced itself as', origin.helo],
    ['Network', origin.asn !== null ? `AS${origin.asn}${origin.org ? ` ${origin.org}` : ''}` : origin.org],
    ['Hosting provider', origin.hosting?.provider ?? null],
    ['Email service', origin.esp],
  ];
  return (
    <section class="origin" aria-label="Sending server" data-testid="origin">
      <h2>Sending server</h2>
      {origin.ip === null ? (
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
      {hosted && origin.ip && onApproval && (
        <button
          type="button"
          data-testid="approval"
          disabled={busy}
          onClick={() => onApproval(origin.ip!, !origin.approved)}
        >
          {origin.approved ? 'Remove approval' : 'Approve this server'}
        </button>
      )}
    </section>
  );
}
