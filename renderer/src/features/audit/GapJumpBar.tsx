import { Link } from 'react-aria-components';
import { GAPS, type AuditScore } from '../../../../shared/framework';
import { percentOrDash } from './auditLabels';

/** Moves to a gap's section: its heading takes focus (so Tab continues from there) and shows. */
function jumpTo(gapKey: string) {
  const heading = document.getElementById(`gap-${gapKey}-title`);
  if (!heading) return;
  heading.tabIndex = -1;
  heading.focus({ preventScroll: true });
  heading.scrollIntoView({ block: 'start' });
}

/**
 * The five gaps' scores in a bar that stays at the top of the page while it scrolls; each one
 * jumps to its section (issue 6, item 3). Links, not anchors: the address's hash is the route.
 */
export function GapJumpBar({ score }: { score: AuditScore }) {
  return (
    <nav aria-label="Gaps of this audit" className="gap-jump">
      <ol>
        {GAPS.map((gap) => {
          const gs = score.gaps.find((g) => g.gap === gap.key);
          const weakest = score.weakestGap === gap.key;
          return (
            <li key={gap.key}>
              <Link
                className={weakest ? 'gap-jump-link gap-jump-weakest' : 'gap-jump-link'}
                onPress={() => jumpTo(gap.key)}
              >
                <span className="gap-jump-title">
                  <span aria-hidden="true">{gap.order}. </span>
                  {gap.title}
                </span>
                <span className="gap-jump-score">
                  {percentOrDash(gs?.score ?? null)}
                  {weakest && <span className="visually-hidden"> (weakest gap)</span>}
                </span>
              </Link>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
