/** Participants as chips: each name one item, so a screen reader can count them. */
export function ParticipantChips({
  participants,
  label = 'Participants',
}: {
  participants: readonly string[];
  label?: string;
}) {
  if (participants.length === 0) return <span className="muted">None recorded</span>;
  return (
    <ul className="chips" aria-label={label}>
      {participants.map((name) => (
        <li key={name} className="chip">
          {name}
        </li>
      ))}
    </ul>
  );
}
