import { describe, expect, it } from 'vitest';
import { parseParticipants, participantsToText } from './participants';

describe('parseParticipants', () => {
  it('splits on commas and newlines, trims and drops blanks', () => {
    expect(parseParticipants(' Ana, Bo\nChen\r\n\n ,Dee ')).toEqual(['Ana', 'Bo', 'Chen', 'Dee']);
  });
  it('keeps each name once, in the order first written', () => {
    expect(parseParticipants('Bo, Ana, Bo')).toEqual(['Bo', 'Ana']);
  });
  it('gives an empty list for an empty text', () => {
    expect(parseParticipants('  \n , ')).toEqual([]);
  });
  it('round-trips through the form text', () => {
    const list = ['Ana Lima', 'Bo'];
    expect(parseParticipants(participantsToText(list))).toEqual(list);
  });
});
