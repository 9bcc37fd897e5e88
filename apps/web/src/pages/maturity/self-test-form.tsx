import { useMutation } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { useState } from 'react';
import type { Schemas } from '../../api/client';
import { api, unwrap } from '../../api/client';
import { ProblemMessage } from '../../components/problem-message';
import { BAND_LABELS } from './maturity-labels';
import { SELF_TEST_QUESTIONS } from './self-test-questions';

type Answer = Schemas['SelfTestDto']['answers'][number];

/** The four-question self-test, scored by the API into points and a band. */
export function SelfTestForm() {
  const [answers, setAnswers] = useState<(Answer | undefined)[]>(() =>
    SELF_TEST_QUESTIONS.map(() => undefined),
  );
  const score = useMutation({
    mutationFn: async (chosen: Answer[]) =>
      unwrap(await api.POST('/v1/maturity/self-test', { body: { answers: chosen } })),
  });
  const chosen = answers.filter((answer): answer is Answer => answer !== undefined);
  const complete = chosen.length === answers.length;
  const choose = (index: number, key: Answer) => {
    setAnswers((current) => current.map((answer, at) => (at === index ? key : answer)));
    score.reset();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (complete) {
      score.mutate(chosen);
    }
  };
  const band = score.data ? BAND_LABELS[score.data.band] : undefined;
  return (
    <section className="card catalog-card" aria-labelledby="self-test-heading">
      <h2 id="self-test-heading">Self-test</h2>
      <p className="hint">Four questions on how your organization treats its customers.</p>
      <form onSubmit={submit}>
        {SELF_TEST_QUESTIONS.map((item, index) => (
          <fieldset key={item.question} className="self-test-question">
            <legend>
              {index + 1}. {item.question}
            </legend>
            {item.answers.map((answer) => {
              const id = `self-test-${index}-${answer.key}`;
              return (
                <div key={answer.key} className="choice">
                  <input
                    type="radio"
                    id={id}
                    name={`self-test-${index}`}
                    value={answer.key}
                    required
                    checked={answers[index] === answer.key}
                    onChange={() => choose(index, answer.key)}
                  />
                  <label htmlFor={id}>
                    {answer.key}) {answer.text}
                  </label>
                </div>
              );
            })}
          </fieldset>
        ))}
        <div className="actions">
          <button type="submit" disabled={!complete || score.isPending}>
            Score the self-test
          </button>
        </div>
      </form>
      <ProblemMessage error={score.error} />
      <div role="status">
        {score.data && band && (
          <p className="self-test-result">
            <strong>{band.title}</strong>: {score.data.points} points of 13. {band.meaning}
          </p>
        )}
      </div>
    </section>
  );
}
