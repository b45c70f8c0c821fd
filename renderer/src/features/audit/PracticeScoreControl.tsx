import { Radio, RadioGroup } from 'react-aria-components';
import { SCORE_LEVELS, type ScoreLevel, type ScoreLevelKey } from '../../../../shared/framework';

interface Props {
  /** id of the practice's title, which names the group for assistive tech. */
  labelledBy: string;
  value: ScoreLevelKey | null;
  onChange: (key: ScoreLevelKey) => void;
  isDisabled?: boolean;
  /** The practice's levels (levelsFor): its own words where it has them. */
  levels?: readonly ScoreLevel[];
}

// The points shown on each option: the rubric's own value, "n/a" for not applicable.
const POINTS: Record<ScoreLevelKey, string> = {
  none: '0',
  manual: '0.5',
  automated: '1',
  not_applicable: 'n/a',
};

/**
 * The four rubric answers as one radio group: Tab reaches it, arrow keys move between answers
 * (and choose them, as radios do), and each option says its meaning in its tooltip.
 */
export function PracticeScoreControl({
  labelledBy,
  value,
  onChange,
  isDisabled = false,
  levels = SCORE_LEVELS,
}: Props) {
  return (
    <RadioGroup
      aria-labelledby={labelledBy}
      value={value}
      onChange={(v) => onChange(v as ScoreLevelKey)}
      orientation="horizontal"
      isDisabled={isDisabled}
      className="score-control"
    >
      {levels.map((level) => (
        <Radio
          key={level.key}
          value={level.key}
          className={`score-option score-option-${level.key}`}
        >
          <span className="score-option-points" aria-hidden="true">
            {POINTS[level.key]}
          </span>
          <span className="score-option-label" title={level.meaning}>
            {level.label}
          </span>
        </Radio>
      ))}
    </RadioGroup>
  );
}
