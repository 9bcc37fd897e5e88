import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import type { Schemas } from '../api/client';
import { api, unwrap } from '../api/client';
import { useSession } from '../auth/session';
import { fetchEveryPage } from '../components/catalog-queries';
import { ProblemMessage } from '../components/problem-message';
import { AssessmentForm } from './maturity/assessment-form';
import { AssessmentHistory } from './maturity/assessment-history';
import { GapReport } from './maturity/gap-report';
import { SelfTestForm } from './maturity/self-test-form';

const ASSESSMENTS_KEY = ['maturity', 'assessments'];

/** The maturity assessment (capability gaps against the ideal) and the four-question self-test. */
export default function MaturityPage() {
  const session = useSession();
  const queryClient = useQueryClient();
  const capabilities = useQuery({
    queryKey: ['maturity', 'capabilities'],
    staleTime: Infinity,
    queryFn: async () => unwrap(await api.GET('/v1/maturity/capabilities')).items,
  });
  // Oldest first from the API; few enough to hold at once, and the latest is the last one.
  const assessments = useQuery({
    queryKey: ASSESSMENTS_KEY,
    queryFn: () =>
      fetchEveryPage(async (query) =>
        unwrap(await api.GET('/v1/maturity/assessments', { params: { query } })),
      ),
  });
  const [chosenId, setChosenId] = useState<string>();
  const capabilityNames = useMemo(
    () => new Map((capabilities.data ?? []).map((c) => [c.id, c.name])),
    [capabilities.data],
  );
  const list = assessments.data ?? [];
  const shown = list.find((a) => a.id === chosenId) ?? list.at(-1);

  const showAssessment = (id: string) => {
    setChosenId(id);
    document.getElementById('maturity-report')?.scrollIntoView({ block: 'start' });
  };
  const recorded = (assessment: Schemas['AssessmentView']) => {
    queryClient.setQueryData<Schemas['AssessmentView'][]>(ASSESSMENTS_KEY, (old) => [
      ...(old ?? []),
      assessment,
    ]);
    showAssessment(assessment.id);
  };
  // Who may record an assessment (`x-roles` of POST /v1/maturity/assessments).
  const mayAssess = session.can('improver', 'admin');

  return (
    <>
      <h1>Maturity</h1>
      <div id="maturity-report">
        {assessments.isPending && <p role="status">Loading assessments…</p>}
        <ProblemMessage error={assessments.error ?? capabilities.error} />
        {assessments.data && !shown && (
          <p className="muted">
            No assessment yet.{mayAssess ? ' Record one below to see its gaps.' : ''}
          </p>
        )}
        {shown && <GapReport assessment={shown} capabilityNames={capabilityNames} />}
      </div>
      {list.length > 0 && (
        <AssessmentHistory assessments={list} shownId={shown?.id} onShow={showAssessment} />
      )}
      {mayAssess && capabilities.data && (
        <AssessmentForm capabilities={capabilities.data} onRecorded={recorded} />
      )}
      <SelfTestForm />
    </>
  );
}
