import type { HourlyAssumptions } from '@/lib/analysis/effective-hourly';
import type { Analysis } from '@/lib/analysis/types';
import type { Listing } from '@/lib/model/listing';
import type { ApplicationRecord, PlatformRecord } from '@/lib/model/records';
import { siteLabel } from './format';
import { Glance } from './Glance';
import { RiskBadge } from './RiskBadge';
import { Standing } from './Standing';
import type { PanelLayoutControls } from './usePanelLayout';

interface Props {
  listing: Listing;
  analysis: Analysis;
  application: ApplicationRecord | null;
  platform: PlatformRecord | null;
  layout: PanelLayoutControls;
  titleRef: React.Ref<HTMLHeadingElement>;
  assumptions: HourlyAssumptions;
}

export function PanelHeader(props: Props) {
  const { listing, analysis, application, platform, layout, titleRef, assumptions } = props;
  const otherSide = layout.side === 'left' ? 'right' : 'left';
  return (
    <header className="head">
      <div className="toolbar">
        <p className="brand">
          TaskLens <span className="site">on {siteLabel(listing.url)}</span>
        </p>
        <button
          type="button"
          className="icon-button"
          onClick={layout.toggleSide}
          aria-label={`Move panel to the ${otherSide}`}
          title={`Move panel to the ${otherSide}`}
        >
          <span aria-hidden="true">{otherSide === 'left' ? '⇤' : '⇥'}</span>
        </button>
        <button
          type="button"
          className="icon-button"
          onClick={() => layout.setCollapsed(true)}
          aria-label="Collapse panel (Esc)"
          title="Collapse panel (Esc)"
          data-testid="collapse"
        >
          <span aria-hidden="true">{layout.side === 'right' ? '⟩' : '⟨'}</span>
        </button>
      </div>
      <RiskBadge risk={analysis.risk} redFlagCount={analysis.redFlags.length} headingRef={titleRef} />
      {/* The listing's own words, quoted and set apart: a title cannot pose as the verdict above. */}
      <figure className="listing-said" aria-label="What the listing says">
        <figcaption className="listing-said-label">The listing, in its own words</figcaption>
        <p className="listing-title" data-testid="listing-title">
          {listing.title || 'Untitled listing'}
        </p>
        {listing.company && (
          <p className="company" data-testid="listing-company">
            {listing.company}
          </p>
        )}
        {(listing.location || listing.employmentType) && (
          <p className="meta">{[listing.location, listing.employmentType].filter(Boolean).join(' · ')}</p>
        )}
      </figure>
      <Glance analysis={analysis} payText={listing.payText} assumptions={assumptions} />
      <Standing application={application} platform={platform} />
    </header>
  );
}
