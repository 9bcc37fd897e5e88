import { useMemo } from 'react';
import { useSession } from '../auth/session';
import { useServices } from '../components/catalog-queries';
import { ProblemMessage } from '../components/problem-message';
import { CycleFilterForm } from './cycles/cycle-filter-form';
import { useCycleFilters } from './cycles/cycle-filters';
import { CycleList } from './cycles/cycle-list';
import { StageTiles } from './cycles/stage-tiles';
import { StartCycleForm } from './cycles/start-cycle-form';

/** Every improvement cycle: how many sit in each stage, and the list, filtered through the URL. */
export default function CyclesPage() {
  const session = useSession();
  const [filters, setFilters] = useCycleFilters();
  const services = useServices();
  const serviceNames = useMemo(
    () => new Map((services.data ?? []).map((service) => [service.id, service.name])),
    [services.data],
  );
  return (
    <>
      <h1>Cycles</h1>
      {session.can('improver') && services.data && <StartCycleForm services={services.data} />}
      <section aria-labelledby="cycles-by-stage-heading">
        <h2 id="cycles-by-stage-heading">By stage</h2>
        <StageTiles filters={filters} onFilter={setFilters} />
      </section>
      <section aria-labelledby="cycle-list-heading">
        <h2 id="cycle-list-heading">List</h2>
        <CycleFilterForm filters={filters} services={services.data ?? []} onFilter={setFilters} />
        <ProblemMessage error={services.error} />
        <CycleList filters={filters} serviceNames={serviceNames} />
      </section>
    </>
  );
}
