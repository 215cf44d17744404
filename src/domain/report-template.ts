// Report templates as data: which sections a funder's report has, in order, their headings and
// fixed wording in our own words, and the funder's rules (units, page numbers, letterhead,
// signatures, what must be recorded first). Read and checked like a checklist file.
import {
  join,
  type ReadContext,
  readArray,
  readEnum,
  readId,
  readIdList,
  readObject,
  readUrl,
  rejectUnknownKeys,
  report,
  type ValidationError,
} from './json-reader';
import { TEMPLATE_FACTS, type TemplateFact } from './report-template-facts';

/** What a section draws from the assessment; each renders from the report model. */
export const SECTION_KINDS = [
  'client-and-visit',
  'funding',
  'diagnosis',
  'goals',
  'functional-findings',
  'barriers-by-room',
  'measurements',
  'sketches',
  'recommendations',
  'scope-of-works',
  'work-documentation',
  'costs',
  'property',
  'whs',
  'scores',
  'signatures',
  'text',
] as const;
export type SectionKind = (typeof SECTION_KINDS)[number];

/** Sections that carry clinical detail, left out of a template for builders. */
export const CLINICAL_SECTIONS: readonly SectionKind[] = [
  'diagnosis',
  'goals',
  'functional-findings',
  'scores',
];

export const TEMPLATE_REGIONS = ['AU', 'UK', 'US', 'CA', 'any'] as const;
export type TemplateRegion = (typeof TEMPLATE_REGIONS)[number];
/** Lengths in millimetres or inches throughout, or in the reader's own units. */
export const TEMPLATE_UNITS = ['mm', 'in', 'reader'] as const;
export type TemplateUnits = (typeof TEMPLATE_UNITS)[number];
export const SIGNATURE_ROLES = ['therapist', 'reviewer', 'client', 'owner'] as const;
export type SignatureRole = (typeof SIGNATURE_ROLES)[number];

export const TEMPLATE_TITLE_MAX_LENGTH = 120;
export const PARAGRAPH_MAX_LENGTH = 2000;
export const MAX_SECTIONS = 40;
export const MAX_PARAGRAPHS = 20;

export interface TemplateSection {
  kind: SectionKind;
  heading: string;
  /** Fixed wording printed under the heading, paragraph by paragraph, as plain text. */
  paragraphs: string[];
}

export interface ReportTemplate {
  id: string;
  version: number;
  title: string;
  funder: string;
  region: TemplateRegion;
  /** Where the funder publishes what the report must contain. */
  source?: string;
  units: TemplateUnits;
  /** "Page X of Y" on every printed page. */
  pageXOfY: boolean;
  /** The organization's letterhead (name, address, logo) at the top of the first page. */
  letterhead: boolean;
  /** False for a builder's document: no diagnosis, findings, goals or scores. */
  clinicalDetail: boolean;
  signatures: SignatureRole[];
  /** What must be recorded before the report is ready; listed as missing until it is. */
  requires: TemplateFact[];
  /** Templates whose sections follow this one's, in order. */
  include: string[];
  sections: TemplateSection[];
}

export type TemplateResult =
  | { ok: true; template: ReportTemplate }
  | { ok: false; errors: ValidationError[] };

const TEMPLATE_KEYS = [
  'id',
  'version',
  'title',
  'funder',
  'region',
  'source',
  'units',
  'pageXOfY',
  'letterhead',
  'clinicalDetail',
  'signatures',
  'requires',
  'include',
  'sections',
];
const SECTION_KEYS = ['kind', 'heading', 'paragraphs'];
/** A tag, a comment, a declaration or a character reference: wording is plain text only. */
const MARKUP_PATTERN = /<\s*[a-z!/?]|&#?[a-z0-9]+;/i;

function readPlainText(
  value: unknown,
  path: string,
  context: ReadContext,
  maxLength: number,
): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') {
    report(context, path, 'Must be filled in with text.');
    return undefined;
  }
  if (value.length > maxLength) {
    report(context, path, `Is ${value.length} characters; keep it to ${maxLength}.`);
    return undefined;
  }
  if (MARKUP_PATTERN.test(value)) {
    report(context, path, 'Holds markup (a tag or an entity); write plain text.');
    return undefined;
  }
  return value;
}

function readBoolean(
  object: Record<string, unknown>,
  key: string,
  path: string,
  context: ReadContext,
): boolean {
  const value = object[key];
  if (typeof value === 'boolean') return value;
  report(context, join(path, key), `"${key}" must be true or false.`);
  return false;
}

function readEnumList<T extends string>(
  object: Record<string, unknown>,
  key: string,
  allowed: readonly T[],
  path: string,
  context: ReadContext,
): T[] {
  const found: T[] = [];
  for (const [index, value] of readArray(object, key, path, context, {
    optional: true,
  }).entries()) {
    const match = allowed.find((option) => option === value);
    const at = `${join(path, key)}[${index}]`;
    if (match === undefined) {
      report(context, at, `${JSON.stringify(value)} is not one of: ${allowed.join(', ')}.`);
    } else if (found.includes(match)) {
      report(context, at, `"${match}" is listed twice.`);
    } else {
      found.push(match);
    }
  }
  return found;
}

function readSection(
  value: unknown,
  path: string,
  context: ReadContext,
  clinicalDetail: boolean,
): TemplateSection | undefined {
  const object = readObject(value, path, context, 'a section');
  if (object === undefined) return undefined;
  rejectUnknownKeys(object, SECTION_KEYS, path, context);
  const kind = readEnum(object, 'kind', SECTION_KINDS, path, context);
  const heading = readPlainText(
    object.heading,
    join(path, 'heading'),
    context,
    TEMPLATE_TITLE_MAX_LENGTH,
  );
  const rawParagraphs = readArray(object, 'paragraphs', path, context, {
    optional: kind !== 'text',
    minItems: kind === 'text' ? 1 : 0,
  });
  if (rawParagraphs.length > MAX_PARAGRAPHS) {
    report(context, join(path, 'paragraphs'), `Keep it to ${MAX_PARAGRAPHS} paragraphs.`);
  }
  const paragraphs = rawParagraphs.flatMap((paragraph, index) => {
    const at = `${join(path, 'paragraphs')}[${index}]`;
    const text = readPlainText(paragraph, at, context, PARAGRAPH_MAX_LENGTH);
    return text === undefined ? [] : [text];
  });
  if (kind !== undefined && !clinicalDetail && CLINICAL_SECTIONS.includes(kind)) {
    report(
      context,
      join(path, 'kind'),
      `"${kind}" carries clinical detail, which this template leaves out ("clinicalDetail": false).`,
    );
    return undefined;
  }
  if (kind === undefined || heading === undefined) return undefined;
  return { kind, heading, paragraphs };
}

/** Reads and checks one template file; every problem is named with where it is. */
export function parseReportTemplate(data: unknown, file: string): TemplateResult {
  const context: ReadContext = { file, errors: [] };
  const object = readObject(data, '', context, 'a report template');
  if (object === undefined) return { ok: false, errors: context.errors };
  rejectUnknownKeys(object, TEMPLATE_KEYS, '', context);
  const id = readId(object, 'id', '', context);
  const version = object.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    report(context, 'version', '"version" must be a whole number of at least 1.');
  }
  const title = readPlainText(object.title, 'title', context, TEMPLATE_TITLE_MAX_LENGTH);
  const funder = readPlainText(object.funder, 'funder', context, TEMPLATE_TITLE_MAX_LENGTH);
  const region = readEnum(object, 'region', TEMPLATE_REGIONS, '', context);
  const source = object.source === undefined ? undefined : readUrl(object, 'source', '', context);
  const units = readEnum(object, 'units', TEMPLATE_UNITS, '', context);
  const clinicalDetail = readBoolean(object, 'clinicalDetail', '', context);
  const template = {
    id,
    version,
    title,
    funder,
    region,
    units,
    pageXOfY: readBoolean(object, 'pageXOfY', '', context),
    letterhead: readBoolean(object, 'letterhead', '', context),
    clinicalDetail,
    signatures: readEnumList(object, 'signatures', SIGNATURE_ROLES, '', context),
    requires: readEnumList(object, 'requires', TEMPLATE_FACTS, '', context),
    include: readIdList(object, 'include', '', context),
    sections: readSections(object, context, clinicalDetail),
    ...(source === undefined ? {} : { source }),
  };
  if (id !== undefined && template.include.includes(id)) {
    report(context, 'include', `The template includes itself ("${id}").`);
  }
  if (context.errors.length > 0) return { ok: false, errors: context.errors };
  return { ok: true, template: template as ReportTemplate };
}

function readSections(
  object: Record<string, unknown>,
  context: ReadContext,
  clinicalDetail: boolean,
): TemplateSection[] {
  const raw = readArray(object, 'sections', '', context, { minItems: 1 });
  if (raw.length > MAX_SECTIONS) {
    report(context, 'sections', `Keep it to ${MAX_SECTIONS} sections.`);
  }
  return raw.flatMap((value, index) => {
    const section = readSection(value, `sections[${index}]`, context, clinicalDetail);
    return section === undefined ? [] : [section];
  });
}

export type ResolvedTemplate =
  | { ok: true; template: ReportTemplate }
  | { ok: false; message: string };

/**
 * The template with the sections of those it includes appended (depth first, each once), and
 * their requirements and signatures merged; an unknown or circular include is refused.
 */
export function resolveTemplate(
  template: ReportTemplate,
  library: ReadonlyMap<string, ReportTemplate>,
): ResolvedTemplate {
  const sections = [...template.sections];
  const requires = new Set(template.requires);
  const signatures = new Set(template.signatures);
  const visited = new Set([template.id]);
  const visit = (includes: readonly string[], chain: readonly string[]): string | undefined => {
    for (const includedId of includes) {
      if (chain.includes(includedId)) {
        return `"${template.id}" includes itself through ${[...chain, includedId].join(' → ')}.`;
      }
      const included = library.get(includedId);
      if (included === undefined) {
        return `"${chain.at(-1)}" includes "${includedId}", which is not a known template.`;
      }
      if (visited.has(includedId)) continue;
      visited.add(includedId);
      if (template.clinicalDetail === false && included.clinicalDetail) {
        return `"${template.id}" leaves out clinical detail but includes "${includedId}", which has it.`;
      }
      sections.push(...included.sections);
      for (const fact of included.requires) requires.add(fact);
      for (const role of included.signatures) signatures.add(role);
      const problem = visit(included.include, [...chain, includedId]);
      if (problem !== undefined) return problem;
    }
    return undefined;
  };
  const problem = visit(template.include, [template.id]);
  if (problem !== undefined) return { ok: false, message: problem };
  return {
    ok: true,
    template: { ...template, sections, requires: [...requires], signatures: [...signatures] },
  };
}
