import { useMutation } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { useId, useState } from 'react';
import type { Schemas } from '../../api/client';
import { api, unwrap } from '../../api/client';
import { ProblemMessage } from '../../components/problem-message';
import type { InitiativeDraft } from './initiative-fields';
import { InitiativeFields } from './initiative-fields';
import { useRefreshCycle, useServiceKpis } from './cycle-queries';
import { LIMITS } from '../../api/limits';
import { SaveActions } from './save-actions';

const MAX_INITIATIVES = LIMITS.RecordInitiativesDto.initiatives.maxItems;

const emptyInitiative = (key: string): InitiativeDraft => ({
  key,
  title: '',
  ownerId: '',
  dueDate: '',
  kpiId: '',
  expectedEffect: '',
  addressesCauseIds: [],
});

/** A recorded due date as the date input takes it: the day of an instant (UTC). */
const dateOf = (dueDate: string) => (/^\d{4}-\d{2}-\d{2}/.exec(dueDate) ?? [''])[0];

/** Records the plan (PUT /v1/cycles/:id/initiatives), pre-filled with what is recorded. */
export function InitiativesForm(props: {
  cycleId: string;
  serviceId: string;
  initiatives: Schemas['InitiativeView'][];
  causes: Schemas['RootCauseView'][];
}) {
  const id = useId();
  const [drafts, setDrafts] = useState<InitiativeDraft[]>(() =>
    props.initiatives.length > 0
      ? props.initiatives.map((initiative) => ({
          key: initiative.id,
          title: initiative.title,
          ownerId: initiative.ownerId,
          dueDate: dateOf(initiative.dueDate),
          kpiId: initiative.kpiId ?? '',
          expectedEffect: initiative.expectedEffect,
          addressesCauseIds: initiative.addressesCauseIds ?? [],
        }))
      : [emptyInitiative('first')],
  );
  const kpis = useServiceKpis(props.serviceId, true);
  const refresh = useRefreshCycle(props.cycleId);
  const save = useMutation({
    mutationFn: async (body: Schemas['RecordInitiativesDto']) =>
      unwrap(
        await api.PUT('/v1/cycles/{id}/initiatives', {
          params: { path: { id: props.cycleId } },
          body,
        }),
      ),
    onSuccess: refresh,
  });
  const causeIds = new Set(props.causes.map((cause) => cause.id));
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({
      initiatives: drafts.map((draft) => ({
        title: draft.title,
        ownerId: draft.ownerId,
        // The date input gives a bare YYYY-MM-DD: the end of that day, as the API reads it.
        dueDate: draft.dueDate,
        ...(draft.kpiId ? { kpiId: draft.kpiId } : {}),
        expectedEffect: draft.expectedEffect,
        // Causes recorded again get new ids: links to the old ones are not sent.
        addressesCauseIds: draft.addressesCauseIds.filter((causeId) => causeIds.has(causeId)),
      })),
    });
  };
  return (
    <form onSubmit={onSubmit} className="cycle-form" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Plan the initiatives</h3>
      {drafts.map((draft, index) => (
        <InitiativeFields
          key={draft.key}
          draft={draft}
          index={index}
          causes={props.causes}
          kpis={kpis.data ?? []}
          error={save.error}
          onChange={(next) =>
            setDrafts((current) => current.map((item) => (item.key === draft.key ? next : item)))
          }
          onRemove={
            drafts.length > 1
              ? () => setDrafts((current) => current.filter((item) => item.key !== draft.key))
              : undefined
          }
        />
      ))}
      <ProblemMessage error={save.error ?? kpis.error} />
      <SaveActions label="Save the initiatives" saving={save.isPending} saved={save.isSuccess}>
        <button
          type="button"
          className="secondary"
          disabled={drafts.length >= MAX_INITIATIVES}
          onClick={() => setDrafts((current) => [...current, emptyInitiative(crypto.randomUUID())])}
        >
          Add an initiative
        </button>
      </SaveActions>
    </form>
  );
}
