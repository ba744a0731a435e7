import type { Analysis } from '../lib/types';
import { dmarcState, NOT_CHECKED_TEXT } from './checked';
import { visibleText, wordTone } from './format';

/** The sending server in a few words: an email service, a rented (hosted) server, or a network. */
export function serverKind(a: Analysis): { kind: string; name: string | null } {
  const o = a.origin;
  if (o.insideReceiver) return { kind: 'Inside your provider', name: null };
  if (o.esp) return { kind: 'Email service', name: o.esp };
  if (o.hosting)
    return { kind: o.approved ? 'Hosted server (approved)' : 'Hosted server', name: o.hosting.provider };
  const network = o.asn !== null ? `AS${o.asn}${o.org ? ` ${o.org}` : ''}` : o.org;
  return { kind: 'Provider', name: network };
}

/** DMARC for the From domain as the strip says it: ours, else the provider's, else why not. */
function dmarcWord(a: Analysis, dnsUnreachable: boolean): { word: string; tone: string; by: string } {
  const ours = dmarcState(a, dnsUnreachable);
  if (ours.checked) return { word: ours.word, tone: wordTone(ours.word), by: '' };
  const prov = a.provider?.dmarc?.result;
  if (prov) return { word: prov, tone: wordTone(prov), by: ' (provider)' };
  return { word: `not checked: ${NOT_CHECKED_TEXT[ours.why]}`, tone: 'unknown', by: '' };
}

/** "SPF pass · DKIM pass · DMARC fail", what the user's own provider recorded. */
function providerWord(a: Analysis): string | null {
  const p = a.provider;
  if (!p) return null;
  const parts = [
    p.spf && `SPF ${p.spf}`,
    p.dkim[0] && `DKIM ${p.dkim[0].result}`,
    p.dmarc && `DMARC ${p.dmarc.result}`,
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(' · ') : null;
}

/** Who sent it, above the fold: the From domain and its DMARC state, the server, the provider's word. */
export function SenderStrip({ analysis, dnsUnreachable }: { analysis: Analysis; dnsUnreachable: boolean }) {
  const a = analysis;
  const dmarc = dmarcWord(a, dnsUnreachable);
  const server = serverKind(a);
  const said = providerWord(a);
  return (
    <section class="strip" aria-label="Who sent it" data-testid="sender-strip">
      <dl>
        <div class="strip-row">
          <dt>From</dt>
          <dd data-testid="strip-from">
            <span class="mono">{visibleText(a.from?.domain || a.from?.address || 'no address', 120)}</span>{' '}
            <span class={`tone-${dmarc.tone} word`}>
              DMARC {dmarc.word}
              {dmarc.by}
            </span>
          </dd>
        </div>
        <div class="strip-row">
          <dt>Server</dt>
          <dd data-testid="strip-server">
            {server.kind}
            {server.name ? `: ${visibleText(server.name, 80)}` : ''}
            {a.origin.ip ? (
              <>
                {' '}
                <span class="mono">{visibleText(a.origin.ip, 60)}</span>
              </>
            ) : (
              !a.origin.insideReceiver && <span class="muted"> (no address in the headers)</span>
            )}
          </dd>
        </div>
        <div class="strip-row">
          <dt>Provider</dt>
          <dd data-testid="strip-provider">
            {said ? (
              <>
                <span class="muted">{visibleText(a.provider!.authservId, 60)}:</span> {said}
              </>
            ) : (
              <span class="muted">recorded no results</span>
            )}
          </dd>
        </div>
      </dl>
    </section>
  );
}
