import { useMutation } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { useMemo, useState } from 'react';
import type { Schemas } from '../../api/client';
import { api, unwrap } from '../../api/client';
import { ProblemMessage } from '../../components/problem-message';
import type { CapabilityCategory } from './maturity-labels';
import { CATEGORY_LABELS, LEVELS } from './maturity-labels';
import { LIMITS } from '../../api/limits';

interface Levels {
  current: string;
  target: string;
}

/** Rates each capability's current and ideal level; the API answers with the gaps. */
export function AssessmentForm(props: {
  capabilities: Schemas['CapabilityView'][];
  onRecorded: (assessment: Schemas['AssessmentView']) => void;
}) {
  const { capabilities, onRecorded } = props;
  const [name, setName] = useState('');
  const [levels, setLevels] = useState<Record<string, Levels>>({});
  const [incomplete, setIncomplete] = useState<string>();
  const byCategory = useMemo(() => {
    const groups = new Map<CapabilityCategory, Schemas['CapabilityView'][]>();
    for (const capability of capabilities) {
      groups.set(capability.category, [...(groups.get(capability.category) ?? []), capability]);
    }
    return [...groups.entries()];
  }, [capabilities]);
  const record = useMutation({
    mutationFn: async (body: Schemas['AssessmentDto']) =>
      unwrap(await api.POST('/v1/maturity/assessments', { body })),
    onSuccess: (assessment) => {
      setName('');
      setLevels({});
      onRecorded(assessment);
    },
  });
  const setLevel = (capability: string, field: keyof Levels, value: string) =>
    setLevels((current) => ({
      ...current,
      [capability]: { ...(current[capability] ?? { current: '', target: '' }), [field]: value },
    }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const rated = capabilities.filter((c) => levels[c.id]?.current || levels[c.id]?.target);
    const halfRated = rated.filter((c) => !levels[c.id]?.current || !levels[c.id]?.target);
    if (rated.length === 0 || halfRated.length > 0) {
      setIncomplete(
        rated.length === 0
          ? 'Rate at least one capability, its current and its target level.'
          : `Give both levels for: ${halfRated.map((c) => c.name).join(', ')}.`,
      );
      return;
    }
    setIncomplete(undefined);
    record.mutate({
      name: name.trim(),
      ratings: rated.map((c) => ({
        capability: c.id,
        current: Number(levels[c.id]?.current),
        target: Number(levels[c.id]?.target),
      })),
    });
  };
  return (
    <section className="card catalog-card" aria-labelledby="assessment-form-heading">
      <h2 id="assessment-form-heading">New assessment</h2>
      <form onSubmit={submit}>
        <label htmlFor="assessment-name">Assessment name</label>
        <input
          id="assessment-name"
          required
          maxLength={LIMITS.AssessmentDto.name.maxLength}
          size={40}
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
        <p className="hint">
          Levels: {LEVELS.map((level) => `${level.level} ${level.label.toLowerCase()}`).join('; ')}.
          Capabilities left unrated are not part of the assessment.
        </p>
        <div className="assessment-categories">
          {byCategory.map(([category, items]) => (
            <table key={category} className="assessment-ratings">
              <caption>{CATEGORY_LABELS[category]}</caption>
              <thead>
                <tr>
                  <th scope="col">Capability</th>
                  <th scope="col">Current level</th>
                  <th scope="col">Target level</th>
                </tr>
              </thead>
              <tbody>
                {items.map((capability) => (
                  <tr key={capability.id}>
                    <th scope="row">{capability.name}</th>
                    {(['current', 'target'] as const).map((field) => (
                      <td key={field}>
                        <label
                          className="visually-hidden"
                          htmlFor={`level-${capability.id}-${field}`}
                        >
                          {capability.name}: {field} level
                        </label>
                        <select
                          id={`level-${capability.id}-${field}`}
                          value={levels[capability.id]?.[field] ?? ''}
                          onChange={(e) => setLevel(capability.id, field, e.target.value)}
                        >
                          <option value="">Not rated</option>
                          {LEVELS.map((level) => (
                            <option key={level.level} value={level.level}>
                              {level.level}
                            </option>
                          ))}
                        </select>
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          ))}
        </div>
        <div className="actions">
          <button type="submit" disabled={record.isPending}>
            Record the assessment
          </button>
        </div>
      </form>
      {incomplete && (
        <p role="alert" className="problem">
          {incomplete}
        </p>
      )}
      <ProblemMessage error={record.error} />
    </section>
  );
}
