// Findings and interventions of one or more assessments as CSV files that spreadsheets open safely.
import type { Checklist, Item } from '../checklist';
import { itemsWithRetired } from '../checklist';
import { clientDeviceOf } from '../client-device';
import type { Measurement } from '../measurement';
import { formatSlope } from '../quantities';
import { numberField, type RecordView, textField } from '../record-view';
import { judgingName } from '../standards';
import { formatLength, type UnitSystem } from '../units';
import { judgingOf, readingsOf, type VisitJudging, verdictsOf } from '../visit-judging';
import { orderedRooms } from '../visit-progress';
import type { AssessmentModel, ChecklistLookup, ExportRecord } from './export-model';

/** One cell: text, a number, or nothing. */
export type CsvCell = string | number | undefined;

/** A byte order mark, so spreadsheet programs read the file as UTF-8 (accents, °, §). */
const BYTE_ORDER_MARK = '\uFEFF';
/** RFC 4180 ends every record with CR LF. */
const LINE_END = '\r\n';
/**
 * Cells a spreadsheet would run as a formula. Clients' notes are untrusted, so such a cell is
 * prefixed with an apostrophe (OWASP, "CSV Injection":
 * https://owasp.org/www-community/attacks/CSV_Injection, which names = + - @, tab and carriage
 * return). Spreadsheets skip leading spaces and read fullwidth and small forms of the signs
 * (＝, ﹦) as the signs themselves, so the first character that is not whitespace counts, after
 * NFKC folds those forms; a cell starting with a tab or a line break is neutralized too.
 */
const FORMULA_SIGNS = new Set(['=', '+', '-', '@']);
const CONTROL_START = /^[\t\r\n]/;
const FIRST_VISIBLE = /^\s*(\S)/u;

export const FINDINGS_COLUMNS = [
  'Assessment ID',
  'Client',
  'Date',
  'Setting',
  'Room',
  'Item ID',
  'Prompt',
  'Answer',
  'Severity',
  'Measurements',
  'Measurements in your units',
  'Measurement result',
  'Judged by',
  'Notes',
] as const;

export const INTERVENTIONS_COLUMNS = [
  'Assessment ID',
  'Client',
  'Date',
  'Title',
  'Category',
  'Priority',
  'Provider',
  'Responsible',
  'Cost min',
  'Cost max',
  'Currency',
  'Funding',
  'Status',
  'Outcome',
  'Outcome notes',
  'Room',
  'Barrier',
] as const;

/** Writes rows as RFC 4180 CSV with a UTF-8 byte order mark and CR LF line ends. */
export function formatCsv(rows: readonly (readonly CsvCell[])[]): string {
  return BYTE_ORDER_MARK + rows.map((row) => row.map(formatCell).join(',') + LINE_END).join('');
}

function formatCell(cell: CsvCell): string {
  if (cell === undefined) return '';
  const text = typeof cell === 'number' ? String(cell) : neutralizeFormula(cell);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** True when a spreadsheet could read the text as a formula. Numbers never pass through here. */
function isFormulaLike(text: string): boolean {
  if (CONTROL_START.test(text)) return true;
  const first = FIRST_VISIBLE.exec(text)?.[1];
  return first !== undefined && FORMULA_SIGNS.has(first.normalize('NFKC'));
}

function neutralizeFormula(text: string): string {
  return isFormulaLike(text) ? `'${text}` : text;
}

/** One row per finding of every assessment, rooms in visit order and items in checklist order. */
export function findingsCsv(
  models: readonly AssessmentModel[],
  checklists: ChecklistLookup,
  unitSystem: UnitSystem = 'metric',
): string {
  const rows = models.flatMap((model) =>
    findingRows(model, checklistOf(model, checklists), unitSystem),
  );
  return formatCsv([FINDINGS_COLUMNS, ...rows]);
}

/** One row per recommended intervention of every assessment, with its room and barrier. */
export function interventionsCsv(
  models: readonly AssessmentModel[],
  checklists: ChecklistLookup,
): string {
  const rows = models.flatMap((model) => interventionRows(model, checklistOf(model, checklists)));
  return formatCsv([INTERVENTIONS_COLUMNS, ...rows]);
}

function checklistOf(model: AssessmentModel, checklists: ChecklistLookup) {
  return model.checklist && checklists(model.checklist.id, model.checklist.version);
}

function assessmentCells(model: AssessmentModel): CsvCell[] {
  return [
    model.assessment.id,
    model.client === undefined ? undefined : textField(model.client, 'name'),
    textField(model.assessment, 'date'),
  ];
}

function findingRows(
  model: AssessmentModel,
  checklist: Checklist | undefined,
  unitSystem: UnitSystem,
): CsvCell[][] {
  const items = checklist === undefined ? [] : itemsWithRetired(checklist);
  const device = clientDeviceOf(model.client);
  const judging = judgingOf(model.assessment);
  const context: VisitJudging = {
    judging,
    setting: checklist?.setting ?? 'home',
    unitSystem: 'metric',
    ...(device === undefined ? {} : { device }),
  };
  return sortedFindings(model, items).map((finding) => {
    const itemId = textField(finding, 'itemId');
    const item = items.find((candidate) => candidate.id === itemId);
    const measured = describeMeasurements(finding, item, context);
    const shown = describeMeasurements(finding, item, { ...context, unitSystem }, unitSystem);
    return [
      ...assessmentCells(model),
      textField(model.assessment, 'setting'),
      roomNameOf(model, textField(finding, 'roomId')),
      itemId,
      item?.prompt,
      textField(finding, 'answer'),
      textField(finding, 'severity'),
      measured.text,
      shown.text,
      measured.result,
      measured.text === undefined ? undefined : judgingName(judging),
      textField(finding, 'notes'),
    ];
  });
}

/** Findings by room (in visit order) then by checklist item order; findings of no room last. */
function sortedFindings(model: AssessmentModel, items: readonly Item[]): ExportRecord[] {
  const roomRank = new Map(orderedRooms(model.rooms).map((room, index) => [room.id, index]));
  const itemRank = (finding: RecordView) => {
    const index = items.findIndex((item) => item.id === textField(finding, 'itemId'));
    return index === -1 ? items.length : index;
  };
  const rankOfRoom = (finding: RecordView) =>
    roomRank.get(textField(finding, 'roomId') ?? '') ?? roomRank.size;
  return [...model.findings].sort(
    (left, right) => rankOfRoom(left) - rankOfRoom(right) || itemRank(left) - itemRank(right),
  );
}

function roomNameOf(model: AssessmentModel, roomId: string | undefined): string | undefined {
  const room = model.rooms.find((candidate) => candidate.id === roomId);
  return room === undefined ? undefined : textField(room, 'name');
}

/**
 * Each measurement with its unit and its verdict against the standard (and the client's device):
 * `Clear width: 711 mm, fail (813 mm minimum (ADA 2010 §404.2.3: 32 in))`. Values stay in the units
 * they are stored in (lengths in millimetres), so a spreadsheet compares them without conversion;
 * with `shownIn`, lengths are written in the person's units instead (`28"`), for the column a
 * funder in the United States reads.
 */
function describeMeasurements(
  finding: RecordView,
  item: Item | undefined,
  context: VisitJudging,
  shownIn?: UnitSystem,
): { text: string | undefined; result: string | undefined } {
  const readings = readingsOf(finding);
  const known = new Set(item?.measurements.map((measurement) => measurement.id) ?? []);
  const parts: string[] = Object.entries(readings)
    .filter(([measurementId]) => !known.has(measurementId))
    .map(([measurementId, value]) => `${measurementId}: ${value}`);
  const statuses: string[] = [];
  const verdicts = item === undefined ? [] : verdictsOf(item, finding, context);
  for (const { measurementId, value, evaluation } of verdicts) {
    const measurement = item?.measurements.find((candidate) => candidate.id === measurementId);
    if (measurement === undefined) continue;
    const verdict = evaluation.status === 'unknown' ? 'no standard figure' : evaluation.status;
    const requirement = evaluation.requirement === undefined ? '' : ` (${evaluation.requirement})`;
    const written =
      shownIn !== undefined && measurement.kind === 'length'
        ? formatLength(value, shownIn)
        : formatStoredValue(measurement, value);
    parts.push(`${measurement.label}: ${written}, ${verdict}${requirement}`);
    statuses.push(evaluation.status);
  }
  return { text: parts.length === 0 ? undefined : parts.join('; '), result: overall(statuses) };
}

function overall(statuses: readonly string[]): string | undefined {
  if (statuses.includes('fail')) return 'fail';
  if (statuses.includes('pass')) return 'pass';
  return undefined;
}

/** The stored value with its unit: `711 mm`, `1:12 (8.3%)`, `22 N`, `150 lux`, `49 °C`. */
export function formatStoredValue(measurement: Measurement, value: number): string {
  switch (measurement.kind) {
    case 'length':
      return `${value} mm`;
    case 'slope':
      return formatSlope(value);
    case 'force':
      return `${value} N`;
    case 'illuminance':
      return `${value} lux`;
    case 'temperature':
      return `${value} °C`;
  }
}

function interventionRows(model: AssessmentModel, checklist: Checklist | undefined): CsvCell[][] {
  const items = checklist === undefined ? [] : itemsWithRetired(checklist);
  return model.interventions.map((intervention) => {
    const finding = model.findings.find(
      (candidate) => candidate.id === textField(intervention, 'findingId'),
    );
    const itemId = finding === undefined ? undefined : textField(finding, 'itemId');
    const item = items.find((candidate) => candidate.id === itemId);
    return [
      ...assessmentCells(model),
      textField(intervention, 'title'),
      textField(intervention, 'category'),
      textField(intervention, 'priority'),
      textField(intervention, 'provider'),
      textField(intervention, 'responsible'),
      numberField(intervention, 'costMin'),
      numberField(intervention, 'costMax'),
      textField(intervention, 'currency'),
      textField(intervention, 'fundingSource'),
      textField(intervention, 'status'),
      textField(intervention, 'outcome'),
      textField(intervention, 'outcomeNotes'),
      finding === undefined ? undefined : roomNameOf(model, textField(finding, 'roomId')),
      item?.prompt ?? itemId,
    ];
  });
}
