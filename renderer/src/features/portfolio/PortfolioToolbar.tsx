import { Input, Label, SearchField, Switch } from 'react-aria-components';
import {
  PROJECT_KIND_LABELS,
  PROJECT_KINDS,
  PROJECT_STAGE_LABELS,
  PROJECT_STAGES,
  type ProjectKind,
  type ProjectStage,
} from '../../../../shared/domain/project';
import { SelectField } from '../../components/fields/SelectField';
import type { PortfolioFilters } from './portfolioView';

const STAGES = [
  { id: 'all' as const, label: 'All stages' },
  ...PROJECT_STAGES.map((id) => ({ id, label: PROJECT_STAGE_LABELS[id] })),
];
const KINDS = [
  { id: 'all' as const, label: 'All kinds' },
  ...PROJECT_KINDS.map((id) => ({ id, label: PROJECT_KIND_LABELS[id] })),
];

interface Props {
  filters: PortfolioFilters;
  onChange: (f: PortfolioFilters) => void;
  archivedCount: number;
}

export function PortfolioToolbar({ filters, onChange, archivedCount }: Props) {
  return (
    <div className="toolbar" role="search">
      <SearchField
        value={filters.query}
        onChange={(query) => onChange({ ...filters, query })}
        className="field search-field"
      >
        <Label>Search projects</Label>
        <Input placeholder="Name, owner, team…" />
      </SearchField>
      <SelectField<ProjectStage | 'all'>
        label="Stage"
        options={STAGES}
        value={filters.stage}
        onChange={(stage) => onChange({ ...filters, stage })}
      />
      <SelectField<ProjectKind | 'all'>
        label="Kind"
        options={KINDS}
        value={filters.kind}
        onChange={(kind) => onChange({ ...filters, kind })}
      />
      <Switch
        isSelected={filters.showArchived}
        onChange={(showArchived) => onChange({ ...filters, showArchived })}
        className="switch"
      >
        <span className="switch-track" aria-hidden="true" />
        Show archived ({archivedCount})
      </Switch>
    </div>
  );
}
