import { useState } from 'react';
import {
  Cell,
  Column,
  Row,
  Table,
  TableBody,
  TableHeader,
  type SortDescriptor,
} from 'react-aria-components';
import { useLocation } from 'wouter';
import {
  PROJECT_KIND_LABELS,
  PROJECT_STAGE_LABELS,
  type Project,
} from '../../../../shared/domain/project';
import {
  isStalled,
  POC_STALL_WEEKS,
  weeksSincePocApproval,
} from '../../../../shared/domain/projectTiming';
import { DeleteProjectDialog } from './DeleteProjectDialog';
import { ProjectActionsMenu } from './ProjectActionsMenu';
import type { SortColumn, SortOrder } from './portfolioView';
import type { ProjectReadiness } from '../../../../shared/domain/projectReadiness';
import { ReadinessCell, WeakestGapCell } from './ReadinessCells';
import { FlagList } from './FlagList';
import type { ProjectFlag } from '../../../../shared/domain/projectFlags';
import './portfolio.css';

interface Props {
  projects: Project[];
  sort: SortOrder;
  onSortChange: (s: SortOrder) => void;
  today: string;
  /** Latest final audit's scores per project id. */
  readiness: ReadonlyMap<string, ProjectReadiness>;
  /** What makes each project stand out (shared/domain/projectFlags.ts). */
  flags: ReadonlyMap<string, readonly ProjectFlag[]>;
}

export function ProjectTable({ projects, sort, onSortChange, today, readiness, flags }: Props) {
  const [, navigate] = useLocation();
  const [deleting, setDeleting] = useState<Project | null>(null);
  const descriptor: SortDescriptor = { column: sort.column, direction: sort.direction };
  return (
    <>
      <Table
        aria-label="Projects"
        className="table project-table"
        sortDescriptor={descriptor}
        onSortChange={(d) =>
          onSortChange({ column: d.column as SortColumn, direction: d.direction })
        }
        onRowAction={(id) => navigate(`/projects/${String(id)}`)}
      >
        <TableHeader>
          <Column id="name" isRowHeader allowsSorting>
            Name
          </Column>
          <Column id="kind" allowsSorting>
            Kind
          </Column>
          <Column id="stage" allowsSorting>
            Stage
          </Column>
          <Column id="readiness" allowsSorting>
            Readiness
          </Column>
          <Column id="weakestGap" allowsSorting>
            Weakest gap
          </Column>
          <Column id="owner" allowsSorting>
            Owner
          </Column>
          <Column id="team" allowsSorting>
            Team
          </Column>
          <Column id="weeks" allowsSorting>
            Weeks since PoC
          </Column>
          <Column id="targetOn" allowsSorting>
            Target date
          </Column>
          <Column id="flags" allowsSorting>
            Flags
          </Column>
          <Column id="actions">
            <span className="visually-hidden">Actions</span>
          </Column>
        </TableHeader>
        <TableBody
          items={projects}
          // React Aria caches each row by its project object; readiness and today live outside
          // it, so without these a row kept showing "Not audited" after a finalised audit.
          dependencies={[readiness, today, flags]}
          renderEmptyState={() => <p className="table-empty">No projects match these filters.</p>}
        >
          {(p) => {
            const weeks = weeksSincePocApproval(p, today);
            const stalled = isStalled(p, today);
            return (
              <Row
                id={p.id}
                className={`table-row ${p.archivedAt ? 'is-archived' : ''}`}
                textValue={p.name}
              >
                <Cell>
                  <span className="project-name">{p.name}</span>
                  {p.archivedAt && <span className="badge badge-muted">Archived</span>}
                </Cell>
                <Cell>{PROJECT_KIND_LABELS[p.kind]}</Cell>
                <Cell>
                  <span className={`badge badge-stage-${p.stage}`}>
                    {PROJECT_STAGE_LABELS[p.stage]}
                  </span>
                </Cell>
                <Cell>
                  <ReadinessCell readiness={readiness.get(p.id)} />
                </Cell>
                <Cell>
                  <WeakestGapCell readiness={readiness.get(p.id)} />
                </Cell>
                <Cell>{p.owner || <span className="muted">—</span>}</Cell>
                <Cell>{p.team || <span className="muted">—</span>}</Cell>
                <Cell>
                  {weeks === null ? (
                    <span className="muted">not recorded</span>
                  ) : (
                    <span
                      className={stalled ? 'flag-red' : undefined}
                      title={
                        stalled
                          ? `Over ${POC_STALL_WEEKS} weeks: a structural gap is likely open`
                          : undefined
                      }
                    >
                      {weeks}
                      {stalled && (
                        <span className="visually-hidden">
                          {' '}
                          (over {POC_STALL_WEEKS} weeks: likely stuck)
                        </span>
                      )}
                      {stalled && <span aria-hidden="true"> ⚑</span>}
                    </span>
                  )}
                </Cell>
                <Cell>{p.targetOn ?? <span className="muted">—</span>}</Cell>
                <Cell>
                  <FlagList flags={flags.get(p.id) ?? []} />
                </Cell>
                <Cell>
                  <ProjectActionsMenu project={p} onDelete={() => setDeleting(p)} />
                </Cell>
              </Row>
            );
          }}
        </TableBody>
      </Table>
      <DeleteProjectDialog project={deleting} onClose={() => setDeleting(null)} />
    </>
  );
}
