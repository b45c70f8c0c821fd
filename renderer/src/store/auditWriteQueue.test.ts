import { describe, expect, it } from 'vitest';
import { createAuditWriteQueue } from './auditWriteQueue';

const queueAuditWrite = createAuditWriteQueue();

const later = <T>(ms: number, value: T): Promise<T> =>
  new Promise((resolve) => setTimeout(() => resolve(value), ms));

describe('queueAuditWrite', () => {
  it('runs the writes of one audit one after another, in order', async () => {
    const log: string[] = [];
    const slow = queueAuditWrite('a', async () => {
      log.push('start 1');
      await later(20, null);
      log.push('end 1');
      return 1;
    });
    const fast = queueAuditWrite('a', async () => {
      log.push('start 2');
      await later(1, null);
      log.push('end 2');
      return 2;
    });
    expect(await Promise.all([slow, fast])).toEqual([1, 2]);
    expect(log).toEqual(['start 1', 'end 1', 'start 2', 'end 2']);
  });

  it('does not hold up writes of another audit', async () => {
    const log: string[] = [];
    const a = queueAuditWrite('x', async () => {
      await later(20, null);
      log.push('x');
    });
    const b = queueAuditWrite('y', async () => {
      await later(1, null);
      log.push('y');
    });
    await Promise.all([a, b]);
    expect(log).toEqual(['y', 'x']);
  });

  it('keeps going after a failed write', async () => {
    const failed = queueAuditWrite('z', () => Promise.reject(new Error('boom')));
    const next = queueAuditWrite('z', () => Promise.resolve('ok'));
    await expect(failed).rejects.toThrow('boom');
    expect(await next).toBe('ok');
  });
});
