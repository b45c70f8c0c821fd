import { describe, expect, it } from 'vitest';
import { keyboardMove } from './planMoves';

const tasks = [
  { id: 'a', section: 'week_2' as const },
  { id: 'b', section: 'week_2' as const },
  { id: 'c', section: 'week_3' as const },
];

describe('moving a task by keyboard', () => {
  it('moves within its week, then across to the neighbouring week', () => {
    expect(keyboardMove(tasks, 'b', 'up')).toEqual({ section: 'week_2', index: 0 });
    expect(keyboardMove(tasks, 'a', 'up')).toEqual({ section: 'week_1', index: 0 });
    expect(keyboardMove(tasks, 'b', 'down')).toEqual({ section: 'week_3', index: 0 });
    expect(keyboardMove(tasks, 'c', 'up')).toEqual({ section: 'week_2', index: 2 });
    expect(keyboardMove(tasks, 'c', 'down')).toEqual({ section: 'week_4', index: 0 });
  });

  it('stops at the ends of the plan', () => {
    expect(keyboardMove([{ id: 'x', section: 'week_1' }], 'x', 'up')).toBeNull();
    expect(keyboardMove([{ id: 'x', section: 'after' }], 'x', 'down')).toBeNull();
  });
});
