import type { ComponentChildren } from 'preact';
import type { Analysis } from '../lib/types';
import { AuthTable } from './AuthTable';
import { CopyReport, type WriteText } from './CopyReport';
import { HopList } from './HopList';
import { MessageFacts } from './MessageFacts';
import { OriginCard } from './OriginCard';
import { ReasonList } from './ReasonList';
import { SenderMemoryLine } from './SenderMemoryLine';
import { VerdictBanner } from './VerdictBanner';

export interface AnalysisViewProps {
  analysis: Analysis;
  dnsUnreachable: boolean;
  onApproval?: (ip: string, approved: boolean) => void;
  busy?: boolean;
  writeText?: WriteText;
  /** Links or actions under the report (popup: "Open full report"). */
  children?: ComponentChildren;
}

/** The whole answer for one message: the popup and the inspector show this same view. */
export function AnalysisView(props: AnalysisViewProps) {
  const { analysis } = props;
  return (
    <div class="analysis" data-testid="analysis">
      <VerdictBanner analysis={analysis} dnsUnreachable={props.dnsUnreachable} />
      <ReasonList findings={analysis.findings} />
      <SenderMemoryLine analysis={analysis} />
      <MessageFacts analysis={analysis} />
      <AuthTable analysis={analysis} />
      <OriginCard origin={analysis.origin} onApproval={props.onApproval} busy={props.busy} />
      <HopList hops={analysis.hops} originIndex={analysis.origin.hopIndex} />
      <CopyReport analysis={analysis} writeText={props.writeText} />
      {props.children}
      <p class="muted small">
        HeaderLens {analysis.meta.version} · {analysis.mode === 'online' ? 'DNS re-checked' : 'offline'}
      </p>
    </div>
  );
}
