// What every FHIR R4 resource of an export shares: its shape, references, identifiers and code systems.
import { derivedId } from '../ids';

/** A FHIR resource as plain JSON: its type, its id, and its elements. */
export interface FhirResource {
  resourceType: string;
  id: string;
  [element: string]: unknown;
}

/** A reference inside the Bundle, by the `urn:uuid:` full URL every entry has. */
export interface FhirReference {
  reference: string;
  display?: string;
}

/** Where HomeAssess's own codes and canonical URLs live; URNs, since the app has no web address. */
export const HOMEASSESS_URN = 'urn:homeassess';
export const CODE_SYSTEMS = {
  findingAnswer: `${HOMEASSESS_URN}:codesystem:finding-answer`,
  severity: `${HOMEASSESS_URN}:codesystem:severity`,
  goalRating: `${HOMEASSESS_URN}:codesystem:goal-rating`,
  interventionOutcome: `${HOMEASSESS_URN}:codesystem:intervention-outcome`,
  interventionCategory: `${HOMEASSESS_URN}:codesystem:intervention-category`,
  user: `${HOMEASSESS_URN}:user`,
} as const;

/** FHIR's own code systems used here. */
export const OBSERVATION_CATEGORY_SYSTEM =
  'http://terminology.hl7.org/CodeSystem/observation-category';
export const GOAL_ACHIEVEMENT_SYSTEM = 'http://terminology.hl7.org/CodeSystem/goal-achievement';
export const UCUM_SYSTEM = 'http://unitsofmeasure.org';
/** The identifier system for a URI value, here the `urn:uuid:` of the record a resource came from. */
const URI_IDENTIFIER_SYSTEM = 'urn:ietf:rfc:3986';

/** The Bundle entry URL of a resource (its id is always a UUID). */
export function fullUrl(resource: FhirResource): string {
  return `urn:uuid:${resource.id}`;
}

/** A reference to a resource in the same Bundle. */
export function referenceTo(resource: FhirResource, display?: string): FhirReference {
  return display === undefined
    ? { reference: fullUrl(resource) }
    : { reference: fullUrl(resource), display };
}

/** The identifier naming the app record a resource was made from. */
export function recordIdentifier(recordId: string) {
  return { system: URI_IDENTIFIER_SYSTEM, value: `urn:uuid:${recordId}` };
}

/** A stable UUID for a resource that has no record of its own (the same export gives the same ids). */
export function resourceId(...parts: string[]): string {
  return derivedId('fhir', ...parts);
}

/** A millisecond timestamp as a FHIR dateTime (UTC). */
export function dateTimeOf(timestampMs: number): string {
  return new Date(timestampMs).toISOString();
}

/** Leaves out elements that are undefined, empty text or empty lists, which FHIR does not allow. */
export function compact<T extends Record<string, unknown>>(elements: T): T {
  const kept: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(elements)) {
    const isEmpty = value === '' || (Array.isArray(value) && value.length === 0);
    if (value === undefined || isEmpty) continue;
    kept[name] = value;
  }
  return kept as T;
}
