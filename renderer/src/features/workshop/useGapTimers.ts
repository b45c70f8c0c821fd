import { useCallback, useEffect, useState } from 'react';
import { GAP_KEYS, type GapKey } from '../../../../shared/framework';
import {
  IDLE_TIMER,
  isRunning,
  pauseTimer,
  remainingMs,
  settleTimer,
  toggleTimer,
  type GapTimer,
} from './workshopView';

type Timers = Record<GapKey, GapTimer>;

const idleTimers = (): Timers => Object.fromEntries(GAP_KEYS.map((k) => [k, IDLE_TIMER])) as Timers;

const mapTimers = (timers: Timers, f: (t: GapTimer) => GapTimer): Timers =>
  Object.fromEntries(GAP_KEYS.map((k) => [k, f(timers[k])])) as Timers;

export interface GapTimerView {
  remainingMs: number;
  running: boolean;
  /** Started at some point and now at zero. */
  timesUp: boolean;
  /** Never started since the last reset. */
  idle: boolean;
}

/**
 * One countdown per gap, of `minutes` each. Only one runs at a time: the caller pauses a gap's
 * timer when the room moves on (`pauseAll`), and each gap keeps the time it has left.
 */
export function useGapTimers(minutes: number) {
  const durationMs = minutes * 60_000;
  const [timers, setTimers] = useState<Timers>(idleTimers);
  const [now, setNow] = useState(() => Date.now());
  const anyRunning = GAP_KEYS.some((k) => isRunning(timers[k]));

  useEffect(() => {
    if (!anyRunning) return;
    const id = window.setInterval(() => {
      const t = Date.now();
      setNow(t);
      setTimers((prev) => {
        const next = mapTimers(prev, (timer) => settleTimer(timer, durationMs, t));
        return GAP_KEYS.every((k) => next[k] === prev[k]) ? prev : next;
      });
    }, 250);
    return () => window.clearInterval(id);
  }, [anyRunning, durationMs]);

  const view = (gap: GapKey): GapTimerView => {
    const timer = timers[gap];
    const left = remainingMs(timer, durationMs, now);
    const idle = timer.spentMs === 0 && !isRunning(timer);
    return { remainingMs: left, running: isRunning(timer), timesUp: !idle && left <= 0, idle };
  };

  const toggle = useCallback(
    (gap: GapKey) => {
      const t = Date.now();
      setNow(t);
      setTimers((prev) => ({
        ...mapTimers(prev, (timer) => pauseTimer(timer, t)),
        [gap]: toggleTimer(prev[gap], durationMs, t),
      }));
    },
    [durationMs],
  );

  const reset = useCallback((gap: GapKey) => {
    setNow(Date.now());
    setTimers((prev) => ({ ...prev, [gap]: IDLE_TIMER }));
  }, []);

  const pauseAll = useCallback(() => {
    const t = Date.now();
    setNow(t);
    setTimers((prev) => mapTimers(prev, (timer) => pauseTimer(timer, t)));
  }, []);

  return { view, toggle, reset, pauseAll };
}
