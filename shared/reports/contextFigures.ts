// Why readiness matters, for the portfolio report's opening. Figures and sources are carried
// over exactly from the framework's facts (brief: domain.md, "Why projects stall"); the
// sentences are ours. Only figures whose source is named there are used.

export const CONTEXT_FIGURES: readonly { figure: string; text: string; source: string }[] = [
  {
    figure: '53%',
    text: 'of AI projects get from prototype to production: roughly one in two stalls on the way.',
    source: 'Gartner, 2024',
  },
  {
    figure: '10%',
    text: 'of organisations report significant financial value from AI.',
    source: 'MIT Sloan Management Review and BCG, 2024',
  },
];
