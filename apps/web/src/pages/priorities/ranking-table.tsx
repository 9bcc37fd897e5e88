import type { Schemas } from '../../api/client';
import { formatFixed, formatNumber, formatPercent } from '../../components/format';
import { criterionValue, reasonFor, reasonText } from './reason-text';

/** The weighted rule's own criteria, beside the values every ranking shows. */
const WEIGHTED_COLUMNS = [
  { criterion: 'strategy_impact', label: 'Strategy impact (1–5)' },
  { criterion: 'margins', label: 'Margins (1–5)' },
  { criterion: 'ease', label: 'Ease (1–5)' },
] as const;

/** The ranking with every criterion's value and the reasons the API gives for each rank. */
export function RankingTable(props: {
  ranking: Schemas['RankingView'];
  serviceNames: Map<string, string>;
  caption: string;
}) {
  const { ranking, serviceNames, caption } = props;
  const weighted = ranking.rule === 'weighted';
  return (
    <div className="table-scroll" role="region" aria-labelledby="ranking-caption" tabIndex={0}>
      <table className="ranking">
        <caption id="ranking-caption">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="number">
              Rank
            </th>
            <th scope="col">Service</th>
            {weighted && (
              <th scope="col" className="number">
                Score
              </th>
            )}
            <th scope="col" className="number">
              Mean score
            </th>
            <th scope="col" className="number">
              End customers
            </th>
            <th scope="col" className="number">
              Rework rate
            </th>
            <th scope="col" className="number">
              Touchpoints
            </th>
            <th scope="col" className="number">
              Standard compliance
            </th>
            {weighted &&
              WEIGHTED_COLUMNS.map((column) => (
                <th scope="col" className="number" key={column.criterion}>
                  {column.label}
                </th>
              ))}
            <th scope="col">Reasons</th>
          </tr>
        </thead>
        <tbody>
          {ranking.items.map((item) => (
            <tr key={item.serviceId}>
              <td className="number">{item.rank}</td>
              <th scope="row">{serviceNames.get(item.serviceId) ?? item.serviceId}</th>
              {weighted && <td className="number">{formatNumber(item.score, 4)}</td>}
              <td className="number">{formatFixed(item.meanScore, 2)}</td>
              <td className="number">{formatNumber(item.endCustomers, 0)}</td>
              <td className="number">{formatPercent(item.reworkRate)}</td>
              <td className="number">{item.touchpoints}</td>
              <td className="number">{formatPercent(item.standardCompliance)}</td>
              {weighted &&
                WEIGHTED_COLUMNS.map((column) => (
                  <td className="number" key={column.criterion}>
                    {criterionValue(reasonFor(item, column.criterion))}
                  </td>
                ))}
              <td className="ranking-reasons">
                <ul>
                  {item.reasons.map((reason) => (
                    <li key={reason.criterion + (reason.weight === undefined ? '' : ':weighted')}>
                      {reasonText(reason)}
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
