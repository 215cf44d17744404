// The sections of a template report that state facts recorded on the client and the visit:
// who and when, funding, diagnosis, the property, work health and safety, and signatures.
import { deviceName } from '../../../domain/client-device';
import {
  CONSTRUCTION_WORDS,
  FUNDING_SCHEME_WORDS,
  type FundingScheme,
  HOME_OWNERSHIP_WORDS,
  type HomeOwnership,
  OWNER_CONSENT_WORDS,
  type OwnerConsent,
} from '../../../domain/funding-vocabulary';
import type { Assessment, Client } from '../../../domain/records';
import type { Report } from '../../../domain/report';
import type { SignatureRole } from '../../../domain/report-template';
import { formatCalendarDate, formatMoment, placeWords } from '../../../domain/report-wording';
import { formatLength, type UnitSystem } from '../../../domain/units';
import { FALL_RISK_WORDS } from '../../../domain/words';

export function Fact({ term, value }: { term: string; value: string | undefined }) {
  if (value === undefined || value === '') return null;
  return (
    <>
      <dt>{term}</dt>
      <dd>{value}</dd>
    </>
  );
}

/** A fact the template needs and the visit lacks: said, so the gap is visible on paper too. */
const orNotRecorded = (value: string | undefined) =>
  value === undefined || value === '' ? 'Not recorded' : value;

const date = (value: string | undefined) =>
  value === undefined ? undefined : formatCalendarDate(value);
const capitalized = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

export function ClientAndVisit({ report }: { report: Report }) {
  const { client, visit } = report;
  return (
    <dl class="facts">
      <Fact term="Name" value={client.name} />
      <Fact term="Date of birth" value={orNotRecorded(date(client.dateOfBirth))} />
      <Fact term="Address" value={visit.address ?? client.address} />
      <Fact term="Lives with" value={client.livesWith} />
      <Fact term="Date of visit" value={orNotRecorded(date(visit.date))} />
      <Fact term="Place" value={visit.locationName ?? capitalized(placeWords(visit.setting))} />
      <Fact term="People present" value={visit.peoplePresent.join(', ')} />
      <Fact
        term="Consent to the visit"
        value={visit.isConsentRecorded ? 'Given' : 'Not recorded'}
      />
      <Fact term="Occupational therapist" value={visit.therapistName} />
    </dl>
  );
}

export function Funding({ client }: { client: Client | undefined }) {
  const fields = client?.fields ?? {};
  const scheme = fields.fundingScheme as FundingScheme | undefined;
  return (
    <dl class="facts">
      <Fact
        term="Funding scheme"
        value={orNotRecorded(scheme === undefined ? undefined : FUNDING_SCHEME_WORDS[scheme])}
      />
      <Fact term="Participant or reference number" value={orNotRecorded(fields.fundingReference)} />
      <Fact term="Nominee" value={fields.nomineeName} />
      <Fact term="Plan manager" value={fields.planManager} />
    </dl>
  );
}

export function Diagnosis({ client, units }: { client: Client | undefined; units: UnitSystem }) {
  const fields = client?.fields ?? {};
  const device =
    fields.mobilityDevice === undefined
      ? undefined
      : [
          capitalized(deviceName(fields.mobilityDevice)),
          ...(fields.deviceWidthMm === undefined
            ? []
            : [`${formatLength(fields.deviceWidthMm, units)} wide`]),
        ].join(', ');
  const falls =
    fields.fallsInLast12Months === undefined
      ? undefined
      : `${fields.fallsInLast12Months} in the last 12 months`;
  return (
    <dl class="facts">
      <Fact term="Diagnosis and conditions" value={orNotRecorded(fields.conditions?.join(', '))} />
      <Fact term="Precautions" value={fields.precautions?.join(', ')} />
      <Fact term="Falls" value={falls} />
      <Fact term="Fall risk" value={fields.fallRisk && FALL_RISK_WORDS[fields.fallRisk]} />
      <Fact term="Mobility device" value={device} />
      <Fact term="Vision" value={fields.visionNotes} />
      <Fact term="Hearing" value={fields.hearingNotes} />
      <Fact term="Cognition" value={fields.cognitionNotes} />
    </dl>
  );
}

export function Property({ client, visit }: { client: Client | undefined; visit: Assessment }) {
  const ownership = client?.fields.homeOwnership as HomeOwnership | undefined;
  const consent = visit.fields.ownerConsent as OwnerConsent | undefined;
  const construction = [
    visit.fields.constructionFrame && `${CONSTRUCTION_WORDS[visit.fields.constructionFrame]} frame`,
    visit.fields.constructionWalls && `${CONSTRUCTION_WORDS[visit.fields.constructionWalls]} walls`,
    visit.fields.constructionFloors &&
      `${CONSTRUCTION_WORDS[visit.fields.constructionFloors]} floors`,
  ].filter((part): part is string => typeof part === 'string');
  const consentWords =
    ownership === 'owner-occupier'
      ? 'Not needed: the client owns the home'
      : consent === undefined
        ? 'Not recorded'
        : [OWNER_CONSENT_WORDS[consent], date(visit.fields.ownerConsentDate)]
            .filter(Boolean)
            .join(', ');
  return (
    <dl class="facts">
      <Fact
        term="Ownership"
        value={orNotRecorded(ownership === undefined ? undefined : HOME_OWNERSHIP_WORDS[ownership])}
      />
      <Fact term="Owner" value={client?.fields.ownerName} />
      <Fact term="Owner's consent to the works" value={consentWords} />
      <Fact term="Construction" value={orNotRecorded(construction.join(', '))} />
      <Fact term="Prior modifications" value={orNotRecorded(visit.fields.priorModifications)} />
    </dl>
  );
}

export function WorkHealthAndSafety({ visit }: { visit: Assessment }) {
  return <p class="report-notes">{orNotRecorded(visit.fields.whsIssues)}</p>;
}

const ROLE_WORDS: Record<SignatureRole, string> = {
  therapist: 'Occupational therapist',
  reviewer: 'Clinical reviewer',
  client: 'Client, parent or guardian',
  owner: 'Home owner',
};

/** Who signed, for each role the template asks for; roles not yet signed leave a line to sign. */
export function Signatures({ report, roles }: { report: Report; roles: readonly SignatureRole[] }) {
  const { signOff, visit } = report;
  const signed = (role: SignatureRole): string | undefined => {
    if (role === 'therapist' && signOff.state !== 'draft' && visit.therapistName !== undefined)
      return `${visit.therapistName}, assessment completed`;
    if (role === 'reviewer' && signOff.state === 'signed')
      return `${signOff.byName ?? 'Reviewer'}, signed off${signOff.at === undefined ? '' : ` ${formatMoment(signOff.at)}`}`;
    return undefined;
  };
  return (
    <dl class="facts template-signatures">
      {roles.map((role) => (
        <Fact
          key={role}
          term={ROLE_WORDS[role]}
          value={signed(role) ?? 'Signature: ____________  Date: ________'}
        />
      ))}
    </dl>
  );
}
