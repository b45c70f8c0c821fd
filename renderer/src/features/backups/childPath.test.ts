import { describe, expect, it } from 'vitest';
import { childPath } from './childPath';

describe('childPath', () => {
  it('joins with the separator the folder uses', () => {
    expect(childPath('/home/ana/.config/Crossing/quarantine', 'q1')).toBe(
      '/home/ana/.config/Crossing/quarantine/q1',
    );
    expect(childPath('C:\\Users\\Ana\\AppData\\Roaming\\Crossing\\quarantine', 'q1')).toBe(
      'C:\\Users\\Ana\\AppData\\Roaming\\Crossing\\quarantine\\q1',
    );
  });
  it('does not double a trailing separator', () => {
    expect(childPath('/data/quarantine/', 'q1')).toBe('/data/quarantine/q1');
  });
});
