import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, useState, type MouseEvent } from 'react';
import { useLocation } from 'wouter';
import type { Project } from '../../../../shared/domain/project';
import { DeleteProjectDialog } from './DeleteProjectDialog';
import { PORTFOLIO_COLUMNS, type CellContext, type PortfolioColumn } from './portfolioColumns';
import { ProjectActionsMenu } from './ProjectActionsMenu';
import type { PortfolioRow } from './portfolioView';
import './portfolio.css';

/** One row's height in px (portfolio.css gives rows the same): the virtualiser places rows by it. */
export const ROW_HEIGHT = 60;
/** Rows rendered beyond the visible ones, so Tab always finds the next row in the page. */
const OVERSCAN = 8;

export interface TableSort {
  column: string;
  direction: 'ascending' | 'descending';
}

interface Props {
  rows: readonly PortfolioRow[];
  sort: TableSort;
  onSortChange: (s: TableSort) => void;
  today: string;
  columns?: readonly PortfolioColumn[];
}

/**
 * The portfolio table: a real table (headers, row headers, aria-rowcount) whose rows are
 * virtualised, so 10,000 projects cost the DOM of the thirty or so in view. Every row's name is
 * a link and its actions a button: both are Tab stops, in reading order (issue 6). Clicking
 * anywhere else on a row opens the project too.
 */
export function ProjectTable({
  rows,
  sort,
  onSortChange,
  today,
  columns = PORTFOLIO_COLUMNS,
}: Props) {
  const [, navigate] = useLocation();
  const [deleting, setDeleting] = useState<Project | null>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualiser's own state, read in render on purpose
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: OVERSCAN,
    getItemKey: (i) => rows[i]?.project.id ?? i,
  });
  const items = virtualizer.getVirtualItems();
  const padTop = items[0]?.start ?? 0;
  const padBottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  const ctx: CellContext = {
    today,
    actions: ({ project }) => (
      <ProjectActionsMenu project={project} onDelete={() => setDeleting(project)} />
    ),
  };
  const openRow = (e: MouseEvent, project: Project) => {
    // Links, buttons and menus in the row do their own thing.
    if ((e.target as Element).closest('a, button, [role="menu"], [role="dialog"]')) return;
    navigate(`/projects/${project.id}`);
  };
  return (
    <>
      <div className="table-scroll" ref={scrollRef}>
        <table
          className="table project-table"
          aria-label="Projects"
          aria-rowcount={rows.length + 1}
        >
          <colgroup>
            {columns.map((c) => (
              <col key={c.id} style={c.width ? { width: c.width } : undefined} />
            ))}
          </colgroup>
          <thead>
            <tr aria-rowindex={1}>
              {columns.map((c) => (
                <HeaderCell key={c.id} column={c} sort={sort} onSortChange={onSortChange} />
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 && (
              <tr>
                <td colSpan={columns.length} className="table-empty">
                  No projects match these filters.
                </td>
              </tr>
            )}
            {padTop > 0 && <Spacer height={padTop} span={columns.length} />}
            {items.map((item) => {
              const row = rows[item.index];
              if (!row) return null;
              const p = row.project;
              return (
                <tr
                  key={p.id}
                  aria-rowindex={item.index + 2}
                  className={`table-row ${p.archivedAt ? 'is-archived' : ''}`}
                  style={{ height: ROW_HEIGHT }}
                  onClick={(e) => openRow(e, p)}
                >
                  {columns.map((c) =>
                    c.isRowHeader ? (
                      <th key={c.id} scope="row" className={`cell-${c.id}`}>
                        <div className="cell-box">{c.cell(row, ctx)}</div>
                      </th>
                    ) : (
                      <td key={c.id} className={`cell-${c.id}`}>
                        <div className="cell-box">{c.cell(row, ctx)}</div>
                      </td>
                    ),
                  )}
                </tr>
              );
            })}
            {padBottom > 0 && <Spacer height={padBottom} span={columns.length} />}
          </tbody>
        </table>
      </div>
      <DeleteProjectDialog project={deleting} onClose={() => setDeleting(null)} />
    </>
  );
}

function Spacer({ height, span }: { height: number; span: number }) {
  return (
    <tr aria-hidden="true" className="table-spacer" style={{ height }}>
      <td colSpan={span} />
    </tr>
  );
}

function HeaderCell({
  column: c,
  sort,
  onSortChange,
}: {
  column: PortfolioColumn;
  sort: TableSort;
  onSortChange: (s: TableSort) => void;
}) {
  if (c.labelHidden)
    return (
      <th scope="col">
        <span className="visually-hidden">{c.label}</span>
      </th>
    );
  if (!c.sortKey) return <th scope="col">{c.label}</th>;
  const active = sort.column === c.id;
  // The whole header cell sorts on click; the button inside is its keyboard stop (its click,
  // from Enter or Space, bubbles here).
  return (
    <th
      scope="col"
      aria-sort={active ? sort.direction : undefined}
      className="sortable"
      onClick={() =>
        onSortChange({
          column: c.id,
          direction: active && sort.direction === 'ascending' ? 'descending' : 'ascending',
        })
      }
    >
      <button type="button" className="sort-button">
        {c.label}
      </button>
    </th>
  );
}
