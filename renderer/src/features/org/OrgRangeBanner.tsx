import { Link } from 'wouter';
import type { OrgRangeCheck } from '../../../../shared/framework/orgRecommendation';
import './org.css';

/** Above the portfolio while the portfolio no longer fits the org model in force. */
export function OrgRangeBanner({ range }: { range: OrgRangeCheck | null }) {
  if (range?.status !== 'out_of_range') return null;
  return (
    <div className="org-banner" role="status">
      <p>
        <strong>
          <span aria-hidden="true">⚑ </span>Org model out of range.
        </strong>{' '}
        {range.reason}
      </p>
      <Link href="/org" className="button">
        Review the org model
      </Link>
    </div>
  );
}
