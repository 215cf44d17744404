// The Goal Attainment Scaling part of the outcome summary: each scaled goal's level at baseline
// and at follow-up, who rated it, and the set's T-score at both visits.
import { roundTScore } from '../../../../domain/gas';
import type { GasSet } from '../../../../domain/gas-outcome';
import { GAS_RATER_WORDS } from '../../../../domain/words';
import { TableScroll } from '../../table-scroll';

const level = (value: number | undefined) =>
  value === undefined ? 'not marked' : value > 0 ? `+${value}` : String(value);
export const tScoreText = (score: number | undefined) =>
  score === undefined ? 'not scored' : roundTScore(score).toFixed(1);

export function GasTable({ set }: { set: GasSet }) {
  return (
    <TableScroll label="Goal attainment levels, baseline and follow-up">
      <table class="scope outcome-goals">
        <caption class="visually-hidden">Each scaled goal's level, baseline → follow-up</caption>
        <thead>
          <tr>
            <th scope="col">Goal</th>
            <th scope="col">Baseline level</th>
            <th scope="col">Level reached</th>
            <th scope="col">Rated by</th>
          </tr>
        </thead>
        <tbody>
          {set.goals.map((line) => (
            <tr key={line.goalId}>
              <th scope="row">{line.activity || 'Unnamed goal'}</th>
              <td>{level(line.baselineLevel)}</td>
              <td>{level(line.followUpLevel)}</td>
              <td>{line.ratedBy === undefined ? '–' : GAS_RATER_WORDS[line.ratedBy]}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">GAS T-score{set.weighted ? ' (weighted by importance)' : ''}</th>
            <td>{tScoreText(set.baselineT)}</td>
            <td>{tScoreText(set.followUpT)}</td>
            <td />
          </tr>
        </tfoot>
      </table>
    </TableScroll>
  );
}
