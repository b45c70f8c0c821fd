import { describe, expect, it } from 'vitest';
import { newestFirst } from './newestFirst';

describe('newestFirst', () => {
  const at = (name: string, createdAt: string) => ({ name, createdAt });

  it('puts the newest first without changing the input', () => {
    const input = [
      at('auto-1', '2026-11-20T08:00:00.000Z'),
      at('manual-1', '2026-11-25T21:30:05.123Z'),
      at('before-restore-1', '2026-11-22T10:00:00.000Z'),
    ];
    const copy = [...input];
    expect(newestFirst(input, (b) => b.createdAt).map((b) => b.name)).toEqual([
      'manual-1',
      'before-restore-1',
      'auto-1',
    ]);
    expect(input).toEqual(copy);
  });

  it('orders backups taken at the same instant by name, stably', () => {
    const t = '2026-11-25T21:30:05.123Z';
    const sorted = newestFirst([at('a', t), at('c', t), at('b', t)], (b) => b.createdAt);
    expect(sorted.map((b) => b.name)).toEqual(['c', 'b', 'a']);
  });

  it('sorts by whichever timestamp it is given', () => {
    const q = [
      { name: 'x', movedAt: '2026-01-01T00:00:00.000Z' },
      { name: 'y', movedAt: '2026-02-01T00:00:00.000Z' },
    ];
    expect(newestFirst(q, (e) => e.movedAt).map((e) => e.name)).toEqual(['y', 'x']);
  });
});
