/**
 * Participants are typed as one text (comma- or newline-separated) because that is how people
 * paste a meeting's attendee list; the audit stores them as a list. Blank entries are dropped
 * and repeats kept once, in the order first written.
 */
export function parseParticipants(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of text.split(/[,\n\r]+/)) {
    const name = raw.trim();
    if (name === '' || seen.has(name)) continue;
    seen.add(name);
    out.push(name);
  }
  return out;
}

/** The list back as the text the form edits (one line, comma-separated). */
export const participantsToText = (participants: readonly string[]): string =>
  participants.join(', ');
