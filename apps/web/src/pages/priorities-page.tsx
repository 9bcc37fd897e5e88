import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { api, unwrap } from '../api/client';
import { formatDate } from '../components/format';
import { byId, useServices, useSurveys } from '../components/catalog-queries';
import { ProblemMessage } from '../components/problem-message';
import { priorityQuery, usePriorityChoices } from './priorities/priority-choices';
import { PriorityControls } from './priorities/priority-controls';
import { RankingTable } from './priorities/ranking-table';

/**
 * Which services to improve first: by default the internal-customer rule over the survey with the
 * latest period (the API's default when no survey is named), or the weighted criteria.
 */
export default function PrioritiesPage() {
  const [choices, setChoices] = usePriorityChoices();
  const query = useMemo(() => priorityQuery(choices), [choices]);
  const ranking = useQuery({
    queryKey: ['priorities', query],
    queryFn: async () => unwrap(await api.GET('/v1/priorities', { params: { query } })),
    // The previous ranking stays on screen while another is computed.
    placeholderData: keepPreviousData,
  });
  const services = useServices();
  const surveys = useSurveys();
  const serviceNames = useMemo(
    () => new Map((services.data ?? []).map((service) => [service.id, service.name])),
    [services.data],
  );
  const surveyById = useMemo(() => byId(surveys.data), [surveys.data]);

  const data = ranking.data;
  const survey = data?.surveyId ? surveyById.get(data.surveyId) : undefined;
  const surveyText = !data?.surveyId
    ? 'no survey with responses yet'
    : survey
      ? `${survey.name} (${formatDate(survey.periodStart)} – ${formatDate(survey.periodEnd)})`
      : 'the survey with the latest period';
  const caption = data
    ? `Ranked by the ${data.rule === 'weighted' ? 'weighted criteria' : 'default rule'} over ${surveyText}, volumes of ${data.period ?? 'no quarter yet'}`
    : '';

  return (
    <>
      <h1>Priorities</h1>
      <PriorityControls
        // Remounted from the URL whenever the applied choices change (reload, back button).
        key={JSON.stringify(choices)}
        choices={choices}
        surveys={surveys.data ?? []}
        onApply={setChoices}
      />
      {ranking.isFetching && <p role="status">Ranking…</p>}
      <ProblemMessage error={ranking.error ?? services.error} />
      {data && data.items.length === 0 && <p className="muted">No service to rank yet.</p>}
      {data && data.items.length > 0 && (
        <RankingTable ranking={data} serviceNames={serviceNames} caption={caption} />
      )}
      {data?.weights && (
        <p className="hint">
          Weighted score: each criterion scaled to 0..1, times its weight, over the sum of the
          weights; unrated services and ties fall back to the default rule.
        </p>
      )}
    </>
  );
}
