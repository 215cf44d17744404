// The opening of a report: client and visit details (clinical) or a plain introduction, and the
// client's goals with their ratings.
import type { Report } from '../../../domain/report';
import { formatCalendarDate, placeWords, type ReportVariant } from '../../../domain/report-wording';
import type { GoalSummary } from '../../../domain/visit-summary';
import { ACTIVITY_WORDS, SETTING_WORDS, VISIT_TYPE_WORDS } from '../../../domain/words';

function Fact({ term, value }: { term: string; value: string | undefined }) {
  if (value === undefined || value === '') return null;
  return (
    <>
      <dt>{term}</dt>
      <dd>{value}</dd>
    </>
  );
}

function ClinicalDetails({ report }: { report: Report }) {
  const { client, visit } = report;
  return (
    <section class="report-section report-details" aria-labelledby="report-details-heading">
      <h2 id="report-details-heading">Client and visit</h2>
      <dl class="facts">
        <Fact term="Client" value={client.name} />
        <Fact term="Address" value={visit.address ?? client.address} />
        <Fact term="Lives with" value={client.livesWith} />
        {client.profile.map((fact) => (
          <Fact key={fact.term} term={fact.term} value={fact.value} />
        ))}
        <Fact term="Visit date" value={visit.date && formatCalendarDate(visit.date)} />
        <Fact term="Setting" value={visit.setting && SETTING_WORDS[visit.setting]} />
        <Fact term="Place" value={visit.locationName} />
        <Fact term="Type" value={visit.type && VISIT_TYPE_WORDS[visit.type]} />
        <Fact term="People present" value={visit.peoplePresent.join(', ')} />
        <Fact term="Consent" value={visit.isConsentRecorded ? 'Recorded' : 'Not recorded'} />
        <Fact term="Therapist" value={visit.therapistName} />
        <Fact
          term="Checklist"
          value={`${visit.checklistTitle}, version ${visit.checklistVersion}`}
        />
      </dl>
    </section>
  );
}

function PlainIntroduction({ report }: { report: Report }) {
  const { client, visit } = report;
  const when = visit.date === undefined ? '' : `On ${formatCalendarDate(visit.date)}, `;
  const who =
    visit.therapistName === undefined
      ? 'an occupational therapist'
      : `${visit.therapistName}, an occupational therapist,`;
  const whose = client.firstName === undefined ? 'the' : `${client.firstName}'s`;
  const place = placeWords(visit.setting);
  const sentence = `${when}${who} visited ${whose} ${place} to see how safe and easy everyday activities are there.`;
  return (
    <section class="report-section report-intro" aria-label="About this report">
      <p>{sentence.charAt(0).toUpperCase() + sentence.slice(1)}</p>
      <p>
        This report lists what we found that makes things harder or less safe, and what we suggest
        doing about it, starting with what matters most. Please ask about anything that is not
        clear.
      </p>
    </section>
  );
}

const score = (value: number | undefined) => (value === undefined ? '—' : String(value));
const goalName = (goal: GoalSummary) =>
  goal.activity || (goal.activityKind ? ACTIVITY_WORDS[goal.activityKind] : 'Goal');

function ClinicalGoals({ goals }: { goals: readonly GoalSummary[] }) {
  const hasFollowUp = goals.some(
    (goal) =>
      goal.scores.performanceFollowUp !== undefined ||
      goal.scores.satisfactionFollowUp !== undefined,
  );
  return (
    <table class="report-table">
      <caption class="visually-hidden">
        Goals with importance, performance and satisfaction (1 to 10)
      </caption>
      <thead>
        <tr>
          <th scope="col">Activity</th>
          <th scope="col">Importance</th>
          <th scope="col">Performance</th>
          <th scope="col">Satisfaction</th>
          {hasFollowUp && <th scope="col">Performance at follow-up</th>}
          {hasFollowUp && <th scope="col">Satisfaction at follow-up</th>}
        </tr>
      </thead>
      <tbody>
        {goals.map((goal) => (
          <tr key={goal.goalId}>
            <th scope="row">{goalName(goal)}</th>
            <td>{score(goal.scores.importance)}</td>
            <td>{score(goal.scores.performanceBaseline)}</td>
            <td>{score(goal.scores.satisfactionBaseline)}</td>
            {hasFollowUp && <td>{score(goal.scores.performanceFollowUp)}</td>}
            {hasFollowUp && <td>{score(goal.scores.satisfactionFollowUp)}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function PlainGoals({ goals, name }: { goals: readonly GoalSummary[]; name: string }) {
  return (
    <ul class="report-plain-list">
      {goals.map((goal) => (
        <li key={goal.goalId} class="report-plain-line">
          <strong>{goalName(goal)}</strong>
          {goal.scores.performanceBaseline !== undefined && (
            <span>
              How well {name} manages this now: {goal.scores.performanceBaseline} out of 10.
            </span>
          )}
          {goal.scores.satisfactionBaseline !== undefined && (
            <span>
              How happy {name} is with that: {goal.scores.satisfactionBaseline} out of 10.
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}

/** Client and visit details, or the plain introduction, followed by the goals. */
export function ReportDetails({ report, variant }: { report: Report; variant: ReportVariant }) {
  const isPlain = variant === 'plain';
  const name = report.client.firstName ?? 'the client';
  return (
    <>
      {isPlain ? <PlainIntroduction report={report} /> : <ClinicalDetails report={report} />}
      <section class="report-section" aria-labelledby="report-goals-heading">
        <h2 id="report-goals-heading">
          {isPlain ? `What matters most to ${name}` : 'Goals (ratings 1 to 10)'}
        </h2>
        {report.goals.length === 0 ? (
          <p>{isPlain ? 'No goals were written down at this visit.' : 'No goals recorded.'}</p>
        ) : isPlain ? (
          <PlainGoals goals={report.goals} name={name} />
        ) : (
          <ClinicalGoals goals={report.goals} />
        )}
      </section>
    </>
  );
}
