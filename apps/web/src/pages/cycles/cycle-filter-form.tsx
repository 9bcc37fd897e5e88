import type { Schemas } from '../../api/client';
import type { CycleFilters } from './cycle-filters';
import {
  isStage,
  isStatus,
  STAGE_LABELS,
  STAGES,
  STATUS_LABELS,
  STATUSES,
} from '../../components/cycle-labels';

/** Stage, status and service selects; each choice applies at once and lands in the URL. */
export function CycleFilterForm(props: {
  filters: CycleFilters;
  services: Schemas['ServiceView'][];
  onFilter: (change: CycleFilters) => void;
}) {
  const { filters, services, onFilter } = props;
  const hasFilter = Boolean(filters.stage ?? filters.status ?? filters.serviceId);
  return (
    <form
      className="form-row cycle-filters"
      aria-label="Filter cycles"
      onSubmit={(e) => e.preventDefault()}
    >
      <div>
        <label htmlFor="cycle-filter-stage">Stage</label>
        <select
          id="cycle-filter-stage"
          value={filters.stage ?? ''}
          onChange={(e) =>
            onFilter({ ...filters, stage: isStage(e.target.value) ? e.target.value : undefined })
          }
        >
          <option value="">Any stage</option>
          {STAGES.map((stage) => (
            <option key={stage} value={stage}>
              {STAGE_LABELS[stage]}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="cycle-filter-status">Status</label>
        <select
          id="cycle-filter-status"
          value={filters.status ?? ''}
          onChange={(e) =>
            onFilter({ ...filters, status: isStatus(e.target.value) ? e.target.value : undefined })
          }
        >
          <option value="">Any status</option>
          {STATUSES.map((status) => (
            <option key={status} value={status}>
              {STATUS_LABELS[status]}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="cycle-filter-service">Service</label>
        <select
          id="cycle-filter-service"
          value={filters.serviceId ?? ''}
          onChange={(e) => onFilter({ ...filters, serviceId: e.target.value || undefined })}
        >
          <option value="">Any service</option>
          {services.map((service) => (
            <option key={service.id} value={service.id}>
              {service.name}
            </option>
          ))}
        </select>
      </div>
      {hasFilter && (
        <div>
          <button type="button" className="secondary" onClick={() => onFilter({})}>
            Clear filters
          </button>
        </div>
      )}
    </form>
  );
}
