import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { Schemas } from '../../api/client';
import { api, ApiProblem, unwrap } from '../../api/client';
import { ProblemMessage } from '../../components/problem-message';

/** Starts a cycle for a service, then opens it; the API refuses a second active one (409). */
export function StartCycleForm(props: { services: Schemas['ServiceView'][] }) {
  const { services } = props;
  const [serviceId, setServiceId] = useState('');
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const start = useMutation({
    mutationFn: async (id: string) =>
      unwrap(await api.POST('/v1/cycles', { body: { serviceId: id } })),
    onSuccess: async (started) => {
      await queryClient.invalidateQueries({ queryKey: ['cycles'] });
      await navigate(`/cycles/${started.id}`);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (serviceId) {
      start.mutate(serviceId);
    }
  };
  return (
    <section className="card catalog-card" aria-labelledby="start-cycle-heading">
      <h2 id="start-cycle-heading">Start a cycle</h2>
      <form className="form-row" onSubmit={submit}>
        <div>
          <label htmlFor="start-cycle-service">Service to improve</label>
          <select
            id="start-cycle-service"
            required
            value={serviceId}
            onChange={(e) => {
              setServiceId(e.target.value);
              start.reset();
            }}
          >
            <option value="">Choose a service</option>
            {services.map((service) => (
              <option key={service.id} value={service.id}>
                {service.name}
                {service.critical ? ' (critical)' : ''}
              </option>
            ))}
          </select>
        </div>
        <div>
          <button type="submit" disabled={!serviceId || start.isPending}>
            {start.isPending ? 'Starting…' : 'Start cycle'}
          </button>
        </div>
      </form>
      <p className="hint">
        A service has at most one active cycle; the Priorities page suggests which.
      </p>
      {start.error instanceof ApiProblem && start.error.status === 409 ? (
        <div role="alert" className="problem">
          <strong>
            {services.find((service) => service.id === serviceId)?.name ?? 'This service'} already
            has an active cycle.
          </strong>{' '}
          <ActiveCycleLink serviceId={serviceId} /> <small>({start.error.detail})</small>
        </div>
      ) : (
        <ProblemMessage error={start.error} />
      )}
    </section>
  );
}

/** On a 409, the way to the cycle the service already has, so nobody hunts for it. */
function ActiveCycleLink(props: { serviceId: string }) {
  const active = useQuery({
    queryKey: ['cycles', 'active', props.serviceId],
    queryFn: async () => {
      const page = unwrap(
        await api.GET('/v1/cycles', {
          params: { query: { serviceId: props.serviceId, order: 'newest', limit: 1 } },
        }),
      );
      return page.items.find((cycle) => cycle.status !== 'closed' && cycle.status !== 'cancelled');
    },
  });
  return active.data ? <Link to={`/cycles/${active.data.id}`}>Open the active cycle</Link> : null;
}
