import { t } from '../lib/i18n';
import type { Analysis } from '../lib/types';
import { dmarcState, notCheckedText } from './checked';
import { visibleText, wordTone } from './format';

/** The sending server in a few words: an email service, a rented (hosted) server, or a network. */
export function serverKind(a: Analysis): { kind: string; name: string | null } {
  const o = a.origin;
  if (o.insideReceiver) return { kind: t('strip_kind_inside'), name: null };
  if (o.esp) return { kind: t('strip_kind_esp'), name: o.esp };
  if (o.hosting)
    return {
      kind: o.approved ? t('strip_kind_hosted_approved') : t('strip_kind_hosted'),
      name: o.hosting.provider,
    };
  if (o.ipDataMissing) return { kind: t('strip_kind_network'), name: t('origin_network_unknown') };
  const network = o.asn !== null ? `AS${o.asn}${o.org ? ` ${o.org}` : ''}` : o.org;
  return { kind: t('strip_kind_network'), name: network };
}

/** DMARC for the From domain as the strip says it: ours, else the provider's, else why not. */
function dmarcWord(a: Analysis, dnsUnreachable: boolean): { text: string; tone: string } {
  const ours = dmarcState(a, dnsUnreachable);
  if (ours.checked) return { text: t('strip_dmarc', { word: ours.word }), tone: wordTone(ours.word) };
  const prov = a.provider?.dmarc?.result;
  if (prov) return { text: t('strip_dmarc_by_provider', { word: prov }), tone: wordTone(prov) };
  return { text: t('strip_dmarc_not_checked', { why: notCheckedText(ours.why) }), tone: 'unknown' };
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
    <section class="strip" aria-label={t('strip_label')} data-testid="sender-strip">
      <dl>
        <div class="strip-row">
          <dt>{t('strip_from')}</dt>
          <dd data-testid="strip-from">
            <span class="mono">
              {visibleText(a.from?.domain || a.from?.address || t('strip_no_from'), 120)}
            </span>{' '}
            <span class={`tone-${dmarc.tone} word`}>{dmarc.text}</span>
          </dd>
        </div>
        <div class="strip-row">
          <dt>{t('strip_server')}</dt>
          <dd data-testid="strip-server">
            {server.kind}
            {server.name ? `: ${visibleText(server.name, 80)}` : ''}
            {a.origin.ip ? (
              <>
                {' '}
                <span class="mono">{visibleText(a.origin.ip, 60)}</span>
              </>
            ) : (
              !a.origin.insideReceiver && <span class="muted"> ({t('strip_no_address')})</span>
            )}
          </dd>
        </div>
        <div class="strip-row">
          <dt>{t('strip_provider')}</dt>
          <dd data-testid="strip-provider">
            {said ? (
              <>
                <span class="muted">{visibleText(a.provider!.authservId, 60)}:</span> {said}
              </>
            ) : (
              <span class="muted">{t('strip_provider_none')}</span>
            )}
          </dd>
        </div>
      </dl>
    </section>
  );
}
