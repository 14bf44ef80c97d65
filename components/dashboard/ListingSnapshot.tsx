import type { Listing } from '@/lib/model/listing';

/** The listing as it was when saved. Page text is shown as text, never as HTML. */
export function ListingSnapshot({ listing }: { listing: Listing }) {
  const facts: [string, string | undefined][] = [
    ['Company', listing.company],
    ['Location', listing.location],
    ['Pay as stated', listing.payText],
    ['Employment', listing.employmentType],
    ['Posted', listing.postedAt],
  ];
  return (
    <section aria-labelledby="snapshot-title" className="detail-section">
      <h3 id="snapshot-title">Listing as saved</h3>
      <dl className="facts">
        {facts
          .filter(([, value]) => value)
          .map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        <div>
          <dt>Link</dt>
          <dd>
            <a href={listing.url} target="_blank" rel="noreferrer noopener">
              {new URL(listing.url).hostname}
            </a>
          </dd>
        </div>
      </dl>
      <details className="description">
        <summary>Full listing text ({listing.description.length.toLocaleString()} characters)</summary>
        <div className="description-text">{listing.description}</div>
      </details>
    </section>
  );
}
