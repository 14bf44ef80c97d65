import { useEffect, useRef } from 'react';
import type { PanelLayout } from '@/entrypoints/listing.content/panel-layout';
import { CollapsedTab } from './CollapsedTab';
import { FlagsSection } from './FlagsSection';
import { PanelHeader } from './PanelHeader';
import { PaySection } from './PaySection';
import { SaveSection } from './SaveSection';
import { SourceSection } from './SourceSection';
import { StepsSection } from './StepsSection';
import { TaskTypesSection } from './TaskTypesSection';
import { HighlightContext, useHighlightState } from './useHighlight';
import { useHourlyAssumptions } from './useHourlyAssumptions';
import { usePanelLayout } from './usePanelLayout';
import { usePanelDetached, usePanelState, type PanelConnection } from './usePanelState';
import { DetachedNotice } from './DetachedNotice';
import './panel.css';

interface Props {
  session: string;
  connection: PanelConnection;
  initialLayout: PanelLayout;
}

export function PanelApp({ session, connection, initialLayout }: Props) {
  const state = usePanelState(connection);
  const listing = state?.listing ?? null;
  const reading = state?.reading ?? null;
  const analysis = reading?.analysis ?? null;
  // On a general job board, a listing that describes no AI-training task is an ordinary job.
  const notAiWork = Boolean(reading && reading.analysis.taskTypes.length === 0 && !reading.onAiPlatform);
  const risk = analysis?.risk.level ?? null;
  const layout = usePanelLayout(session, initialLayout, {
    key: listing && risk ? `${listing.listingKey}\u0000${risk}\u0000${notAiWork}` : null,
    warning: risk === 'high' || risk === 'caution',
    notAiWork,
  });
  const detached = usePanelDetached(connection);
  const highlight = useHighlightState(session);
  const platform = reading?.platform ?? { key: '', name: '' };
  const hourly = useHourlyAssumptions(platform.key);

  const titleRef = useRef<HTMLHeadingElement>(null);
  const tabRef = useRef<HTMLButtonElement>(null);
  const focusAfterToggle = useRef(false);
  useEffect(() => {
    if (!focusAfterToggle.current) return;
    focusAfterToggle.current = false;
    (layout.collapsed ? tabRef.current : titleRef.current)?.focus();
  }, [layout.collapsed]);

  // Lets anyone measuring (the end-to-end tests, a profiler) see when a listing reached the screen.
  const shownKey = listing && analysis ? listing.listingKey : null;
  useEffect(() => {
    if (shownKey) performance.mark('tasklens:listing-shown', { detail: shownKey });
  }, [shownKey]);

  const { setCollapsed, collapsed } = layout;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented || collapsed) return;
      focusAfterToggle.current = true;
      setCollapsed(true);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [collapsed, setCollapsed]);

  const toggle = (next: boolean) => {
    focusAfterToggle.current = true;
    setCollapsed(next);
  };

  if (detached && !state) return <DetachedNotice onRetry={connection.retry} />;
  if (layout.collapsed) {
    return (
      <CollapsedTab
        title={listing?.title || 'Listing'}
        risk={risk}
        notAiWork={notAiWork}
        onExpand={() => toggle(false)}
        buttonRef={tabRef}
      />
    );
  }
  if (!state || !listing || !analysis) {
    return (
      <main className="panel" aria-label="TaskLens" aria-busy="true">
        <p className="muted">{state ? 'Waiting for the listing to load…' : 'Reading the listing…'}</p>
      </main>
    );
  }

  const scamFirst = analysis.risk.level === 'high';
  const flags = <FlagsSection redFlags={analysis.redFlags} goodSignals={analysis.goodSignals} />;
  return (
    <HighlightContext.Provider value={highlight}>
      <main className="panel" aria-label="TaskLens">
        <PanelHeader
          listing={listing}
          analysis={analysis}
          application={state.application}
          platform={state.platform}
          layout={{ ...layout, setCollapsed: toggle }}
          titleRef={titleRef}
          assumptions={hourly.assumptions}
        />
        {notAiWork && (
          <p className="notice" data-testid="not-ai-work">
            {analysis.risk.level === 'low'
              ? 'No AI-training or data-labeling task is described here: this looks like an ordinary job.'
              : 'No AI-training or data-labeling task is described here. Read the warning above before you answer it.'}
          </p>
        )}
        {/* On a likely scam the reasons come first; otherwise the work, then the pay, then the flags. */}
        {scamFirst && flags}
        <TaskTypesSection taskTypes={analysis.taskTypes} notAiWork={notAiWork} />
        <PaySection
          analysis={analysis}
          payText={listing.payText}
          assumptions={hourly.assumptions}
          onAssumptions={hourly.update}
          platformName={state.platform?.name ?? platform.name}
        />
        {!scamFirst && flags}
        <StepsSection steps={listing.steps} />
        <SaveSection key={listing.listingKey} session={session} application={state.application} />
        <SourceSection session={session} listing={listing} gaps={analysis.gaps} />
      </main>
    </HighlightContext.Provider>
  );
}
