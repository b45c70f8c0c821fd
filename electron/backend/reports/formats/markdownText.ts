// Text a user typed, made safe for Markdown: it must read as the same text once rendered, never
// as markup (a project named `<script>alert(1)</script>` stays those characters, inert).

/** Escapes inline Markdown and HTML; line starts that would open a block are escaped too. */
export function mdText(s: string): string {
  return s
    .split(/\r?\n/)
    .map((line) =>
      line
        .replace(/[\\`*_[\]{}|~#]/g, (c) => `\\${c}`)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(
          /^(\s*)([-+=]|\d+[.)])/,
          (_m, sp: string, mark: string) => `${sp}${mark.replace(/([-+=.)])$/, '\\$1')}`,
        ),
    )
    .join('  \n');
}

/** A table cell: one line, pipes escaped. */
export const mdCell = (s: string): string => mdText(s.replace(/\s*\r?\n\s*/g, ' ')) || ' ';

export function mdTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
