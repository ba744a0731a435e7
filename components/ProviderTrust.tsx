import type { Analysis } from '../lib/types';
import { visibleText } from './format';

/**
 * Inspector only: a pasted message has no webmail to say which Authentication-Results are the
 * user's provider's. The topmost header is the one the final receiver added (RFC 8601 §5: it must
 * be trusted explicitly), so we offer it and let the user decide.
 */
export function ProviderTrust({
  analysis,
  trusted,
  onTrust,
}: {
  analysis: Analysis;
  trusted: string[];
  onTrust: (ids: string[]) => void;
}) {
  if (trusted.length > 0) {
    return (
      <p class="notice" data-testid="provider-trust">
        Trusting the Authentication-Results added by {visibleText(trusted.join(', '), 200)}.{' '}
        <button type="button" onClick={() => onTrust([])}>
          Stop trusting
        </button>
      </p>
    );
  }
  if (analysis.provider) return null;
  const top = [...analysis.authResults].filter((h) => !h.malformed).sort((a, b) => a.index - b.index)[0];
  if (!top?.authservId) return null;
  return (
    <p class="notice" data-testid="provider-trust">
      This message carries Authentication-Results from <strong>{visibleText(top.authservId, 200)}</strong>. If
      that is your mail provider, HeaderLens can use its results and spot forged ones.{' '}
      <button type="button" data-testid="trust-provider" onClick={() => onTrust([top.authservId])}>
        Trust {visibleText(top.authservId, 60)}
      </button>
    </p>
  );
}
