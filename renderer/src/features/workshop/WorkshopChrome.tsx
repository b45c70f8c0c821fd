import { Button, Heading } from 'react-aria-components';
import { TIMER_MINUTES } from '../../../../shared/domain/audit';
import { GAPS, formatPercent, type AuditScore, type GapKey } from '../../../../shared/framework';
import type { GapTimerView } from './useGapTimers';
import { KEY_BINDINGS, LEGEND } from './workshopKeys';
import { formatClock, GAP_SHORT_NAMES, type Participant } from './workshopView';
import { AppDialog } from '../../components/AppDialog';

function Caps({ caps }: { caps: readonly string[] }) {
  return (
    <span className="ws-caps">
      {caps.map((c) => (
        <kbd key={c}>{c}</kbd>
      ))}
    </span>
  );
}

/** The five gaps with their live scores; the current one is marked as the current step. */
export function GapStrip({
  currentIndex,
  score,
  needsMissing,
  onPick,
}: {
  currentIndex: number;
  score: AuditScore;
  needsMissing: (gap: GapKey) => boolean;
  onPick: (index: number) => void;
}) {
  return (
    <ol className="ws-strip" aria-label="Gaps">
      {GAPS.map((gap, index) => {
        const gs = score.gaps[index];
        const value = gs?.score ? formatPercent(gs.score) : '—';
        const current = index === currentIndex;
        const flagged = needsMissing(gap.key);
        return (
          <li key={gap.key}>
            <button
              type="button"
              tabIndex={-1}
              className={`ws-strip-item${current ? ' is-current' : ''}`}
              aria-current={current ? 'step' : undefined}
              onClick={() => onPick(index)}
            >
              <span className="ws-strip-number" aria-hidden="true">
                {gap.order}
              </span>
              <span className="ws-strip-name">{GAP_SHORT_NAMES[gap.key]}</span>
              <span className="ws-strip-score">{value}</span>
              {flagged && (
                <span className="ws-strip-flag" title="What is missing is not written yet">
                  <span aria-hidden="true">!</span>
                  <span className="visually-hidden">, what is missing not written yet</span>
                </span>
              )}
            </button>
          </li>
        );
      })}
    </ol>
  );
}

export function TimerBox({
  gapTitle,
  minutes,
  timer,
  readOnly,
  onToggle,
  onReset,
  onMinutes,
}: {
  gapTitle: string;
  minutes: number;
  timer: GapTimerView;
  readOnly: boolean;
  onToggle: () => void;
  onReset: () => void;
  onMinutes: (delta: 1 | -1) => void;
}) {
  const state = timer.timesUp
    ? "Time's up"
    : timer.running
      ? 'Running'
      : timer.idle
        ? 'Ready'
        : 'Paused';
  return (
    <section
      className={`ws-timer${timer.timesUp ? ' is-up' : ''}${timer.running ? ' is-running' : ''}`}
      aria-label={`Timer for ${gapTitle}`}
    >
      <div className="ws-timer-main">
        <span role="timer" aria-label="Time left for this gap" className="ws-timer-clock">
          {formatClock(timer.remainingMs)}
        </span>
        <span className="ws-timer-state" aria-live="polite">
          {state}
        </span>
      </div>
      <div className="ws-timer-controls">
        <Button className="ws-mini" onPress={onToggle} excludeFromTabOrder>
          {timer.running ? 'Pause' : 'Start'} <kbd>T</kbd>
        </Button>
        <Button className="ws-mini" onPress={onReset} excludeFromTabOrder>
          Reset <kbd>R</kbd>
        </Button>
        <span className="ws-minutes">
          <Button
            className="ws-mini ws-mini-square"
            aria-label="One minute less per gap"
            isDisabled={readOnly || minutes <= TIMER_MINUTES.min}
            onPress={() => onMinutes(-1)}
            excludeFromTabOrder
          >
            −
          </Button>
          <span className="ws-minutes-value">{minutes} min</span>
          <Button
            className="ws-mini ws-mini-square"
            aria-label="One minute more per gap"
            isDisabled={readOnly || minutes >= TIMER_MINUTES.max}
            onPress={() => onMinutes(1)}
            excludeFromTabOrder
          >
            +
          </Button>
        </span>
      </div>
    </section>
  );
}

export function Participants({ people }: { people: Participant[] }) {
  return (
    <div className="ws-people">
      <span className="ws-people-label" id="ws-people-label">
        In the room
      </span>
      {people.length > 0 && <span className="ws-people-count">{people.length}</span>}
      {people.length === 0 ? (
        <span className="ws-people-none">No participants recorded</span>
      ) : (
        <ul
          className="ws-people-list"
          aria-labelledby="ws-people-label"
          title={people.map((p) => (p.facilitator ? `${p.name} (facilitator)` : p.name)).join(', ')}
        >
          {people.map((p) => (
            <li key={p.name} className={p.facilitator ? 'is-facilitator' : undefined}>
              {p.name}
              {p.facilitator && <span className="ws-facilitator"> (facilitator)</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function Legend() {
  return (
    <ul className="ws-legend" aria-label="Keys">
      {LEGEND.map((item) => (
        <li key={item.label}>
          <Caps caps={item.caps} /> {item.label}
        </li>
      ))}
    </ul>
  );
}

const firstWriteKey = KEY_BINDINGS.findIndex((b) => b.command === 'editNote');
const HELP_GROUPS = [
  { caption: 'Move and score', bindings: KEY_BINDINGS.slice(0, firstWriteKey) },
  { caption: 'Write, time and leave', bindings: KEY_BINDINGS.slice(firstWriteKey) },
];

export function HelpOverlay({
  isOpen,
  onClose,
  people,
}: {
  isOpen: boolean;
  onClose: () => void;
  people: Participant[];
}) {
  return (
    <AppDialog isOpen={isOpen} onClose={onClose} className="modal-wide ws-help">
      <Heading slot="title">Workshop keys</Heading>
      <p className="ws-help-intro">
        Everything works from the keyboard. Keys do nothing while you type in a field, and every
        answer is saved as soon as you press its key.
      </p>
      <div className="ws-help-columns">
        {HELP_GROUPS.map((group) => (
          <table key={group.caption} className="ws-help-table">
            <caption>{group.caption}</caption>
            <tbody>
              {group.bindings.map((b) => (
                <tr key={b.command}>
                  <th scope="row">
                    <Caps caps={b.caps} />
                  </th>
                  <td>{b.description}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </div>
      <p className="ws-help-intro">
        Moving to another gap pauses the timer of this one; each gap keeps its own time.
        {people.length > 0 &&
          ` In the room: ${people.map((p) => (p.facilitator ? `${p.name} (facilitator)` : p.name)).join(', ')}.`}
      </p>
      <div className="dialog-actions">
        <Button autoFocus className="button button-primary" onPress={onClose}>
          Close <kbd>?</kbd>
        </Button>
      </div>
    </AppDialog>
  );
}
