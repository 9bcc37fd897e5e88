import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { ProblemMessage } from '../../components/problem-message';

/** Hands a file to the browser: the API needs the bearer token, so a plain link would not do. */
function save(content: Blob, fileName: string): void {
  const url = URL.createObjectURL(content);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The click has started the download; the object URL is no longer needed after this turn.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** The evidence (JSON) and the history (CSV) of one cycle, as files. */
export function DownloadsSection(props: { cycleId: string }) {
  const { cycleId } = props;
  const evidence = useMutation({
    mutationFn: async () => {
      const body = unwrap(
        await api.GET('/v1/cycles/{id}/evidence', {
          params: { path: { id: cycleId } },
          parseAs: 'blob',
        }),
      );
      save(body, `cycle-${cycleId}-evidence.json`);
    },
  });
  const history = useMutation({
    mutationFn: async () => {
      const body = unwrap(
        await api.GET('/v1/cycles/{id}/history', {
          params: { path: { id: cycleId }, query: { format: 'csv' } },
          parseAs: 'text',
        }),
      );
      save(new Blob([body], { type: 'text/csv' }), `cycle-${cycleId}-history.csv`);
    },
  });
  return (
    <section className="card" aria-labelledby="downloads-heading">
      <h2 id="downloads-heading">Downloads</h2>
      <div className="actions">
        <button
          type="button"
          className="secondary"
          disabled={evidence.isPending}
          onClick={() => evidence.mutate()}
        >
          Evidence (JSON)
        </button>
        <button
          type="button"
          className="secondary"
          disabled={history.isPending}
          onClick={() => history.mutate()}
        >
          History (CSV)
        </button>
      </div>
      <ProblemMessage error={evidence.error ?? history.error} />
    </section>
  );
}
