// The key to the heatmap's small cell marks: how access comes (direct, via an org, public),
// and the dot for "more routes than the one shown". Same shapes the cells draw.
import type { ReactElement } from 'react';

export function RouteLegend({ pivot }: { pivot: 'users' | 'orgs' }): ReactElement {
  if (pivot === 'orgs') {
    return (
      <ul className="legend hm-route-legend" aria-label="Cell marks">
        <li>
          <span className="hm-swatch hm-k-org" aria-hidden="true" /> org grant
        </li>
        <li>
          <span className="hm-swatch hm-k-org has-more" aria-hidden="true" /> some members capped below it
        </li>
      </ul>
    );
  }
  return (
    <ul className="legend hm-route-legend" aria-label="How access comes">
      <li>
        <span className="hm-swatch hm-k-direct" aria-hidden="true" /> direct
      </li>
      <li>
        <span className="hm-swatch hm-k-org" aria-hidden="true" /> via org
      </li>
      <li>
        <span className="hm-swatch hm-k-public" aria-hidden="true" /> public
      </li>
      <li>
        <span className="hm-swatch hm-k-direct has-more" aria-hidden="true" /> more routes
      </li>
    </ul>
  );
}
