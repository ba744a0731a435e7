import type { ComponentChildren } from 'preact';
import type { ApprovalNote } from '../lib/ext/approvals';
import { t } from '../lib/i18n';
import type { Analysis } from '../lib/types';
import { AuthTable } from './AuthTable';
import { CopyReport, type WriteText } from './CopyReport';
import { HopList } from './HopList';
import { MessageFacts } from './MessageFacts';
import { OriginCard } from './OriginCard';
import { ReasonList } from './ReasonList';
import { SenderMemoryLine } from './SenderMemoryLine';
import { SenderStrip } from './SenderStrip';
import { VerdictBanner } from './VerdictBanner';

export interface AnalysisViewProps {
  analysis: Analysis;
  dnsUnreachable: boolean;
  onApproval?: (ip: string, approved: boolean, note?: ApprovalNote) => void;
  busy?: boolean;
  writeText?: WriteText;
  /** Finding ids another part of the page already says (the popup's gateway question). */
  hideReasons?: ReadonlySet<string>;
  /** Shown right under the "who sent it" strip, above the fold (popup: trust questions). */
  top?: ComponentChildren;
  /** Links or actions under the report. */
  children?: ComponentChildren;
  /** The popup: mark this message's sender as known good (the sender memory); the error, or null. */
  onMarkKnownGood?: () => Promise<string | null>;
}

/** A DMARC failure stands (ours or the provider's): approving a server is then never the main action. */
export function dmarcFails(a: Analysis): boolean {
  return a.findings.some((f) => f.id === 'dmarc-fail') || a.dmarc.result === 'fail';
}

/**
 * The whole answer for one message: the popup and the inspector show this same view, in this
 * order. Above the fold at 400×600: verdict, summary, top reason and who sent it; then the
 * details.
 */
export function AnalysisView(props: AnalysisViewProps) {
  const { analysis } = props;
  return (
    <div class="analysis" data-testid="analysis">
      <VerdictBanner analysis={analysis} dnsUnreachable={props.dnsUnreachable} hide={props.hideReasons} />
      <SenderStrip analysis={analysis} dnsUnreachable={props.dnsUnreachable} />
      {props.top}
      <ReasonList analysis={analysis} hide={props.hideReasons} />
      <SenderMemoryLine analysis={analysis} onMarkKnownGood={props.onMarkKnownGood} />
      <AuthTable analysis={analysis} dnsUnreachable={props.dnsUnreachable} />
      <OriginCard
        origin={analysis.origin}
        fromDomain={analysis.from?.domain || null}
        dmarcFails={dmarcFails(analysis)}
        onApproval={props.onApproval}
        busy={props.busy}
      />
      <MessageFacts analysis={analysis} />
      <HopList hops={analysis.hops} originIndex={analysis.origin.hopIndex} />
      <CopyReport analysis={analysis} writeText={props.writeText} />
      {props.children}
      <p class="muted small" data-testid="version-line">
        {t('popup_version_line', {
          version: analysis.meta.version,
          mode: props.dnsUnreachable
            ? t('popup_mode_unreachable')
            : analysis.mode === 'online'
              ? t('popup_mode_online')
              : t('popup_mode_offline'),
        })}
      </p>
    </div>
  );
}
