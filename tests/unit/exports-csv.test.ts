// The findings and interventions CSV files: the right columns, one row per record, safe quoting.
import { describe, expect, it } from 'vitest';
import {
  FINDINGS_COLUMNS,
  findingsCsv,
  formatCsv,
  INTERVENTIONS_COLUMNS,
  interventionsCsv,
} from '../../src/domain/exports/csv';
import { type AssessmentModel, collectAssessment } from '../../src/domain/exports/export-model';
import { homeVisitRecords, idOf, lookupChecklist, sourceOf, TRICKY_NOTE } from './exports-fixtures';

/** Reads RFC 4180 CSV (after its byte order mark) into rows of cells, as a spreadsheet does. */
function readCsv(text: string): string[][] {
  expect(text.startsWith('\uFEFF')).toBe(true);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let isQuoted = false;
  const body = text.slice(1);
  for (let index = 0; index < body.length; index += 1) {
    const char = body[index];
    if (isQuoted) {
      if (char === '"' && body[index + 1] === '"') {
        cell += '"';
        index += 1;
      } else if (char === '"') isQuoted = false;
      else cell += char;
    } else if (char === '"') isQuoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && body[index + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      index += 1;
    } else cell += char;
  }
  expect(cell).toBe('');
  expect(row).toEqual([]);
  return rows;
}

function visit(name = 'visit'): AssessmentModel {
  return collectAssessment(idOf(name), sourceOf(homeVisitRecords(name))) as AssessmentModel;
}

const DOOR = 'home.entrance.door-width';
const THRESHOLD = 'home.entrance.threshold';

/** The rows as objects keyed by column name. */
function rowsByColumn(text: string): Record<string, string>[] {
  const [header = [], ...rows] = readCsv(text);
  return rows.map((row) =>
    Object.fromEntries(header.map((name, index) => [name, row[index] ?? ''])),
  );
}

describe('CSV quoting', () => {
  it('quotes commas, quotes and line breaks and ends every line with CR LF', () => {
    const text = formatCsv([['a,b', 'say "hi"', 'two\nlines', 'plain', 3]]);
    expect(text).toBe('\uFEFF"a,b","say ""hi""","two\nlines",plain,3\r\n');
    expect(readCsv(text)).toEqual([['a,b', 'say "hi"', 'two\nlines', 'plain', '3']]);
  });

  it('turns cells that a spreadsheet would run as formulas into text', () => {
    const text = formatCsv([['=1+2', '+SUM(A1)', '-3', '@cmd', '\tx', '\rx', 'a=b']]);
    expect(readCsv(text)).toEqual([["'=1+2", "'+SUM(A1)", "'-3", "'@cmd", "'\tx", "'\rx", 'a=b']]);
  });

  it('neutralizes a formula sign behind spaces, tabs or line breaks', () => {
    const cells = [
      ' =1+2',
      '   +SUM(A1)',
      '\u00a0-3',
      '\u3000@cmd',
      '\n=HYPERLINK("x")',
      ' \r\n=1',
    ];
    expect(readCsv(formatCsv([cells]))).toEqual([cells.map((cell) => `'${cell}`)]);
  });

  it('neutralizes the fullwidth and small forms of the formula signs', () => {
    const cells = ['＝1+1', '＋1', '－1', '＠SUM(A1)', ' ＝1', '﹦1', '﹢1', '﹣1', '﹫x'];
    expect(readCsv(formatCsv([cells]))).toEqual([cells.map((cell) => `'${cell}`)]);
  });

  it('leaves text that only contains a sign, blank text and numbers as they are', () => {
    const row = ['a=b', 'Grab bar - left', '  hello', '   ', '', 'e-mail@home', -3, -0.5, 12];
    expect(readCsv(formatCsv([row]))).toEqual([
      ['a=b', 'Grab bar - left', '  hello', '   ', '', 'e-mail@home', '-3', '-0.5', '12'],
    ]);
  });

  it('keeps a negative cost the export writes as a number readable as a number', () => {
    expect(formatCsv([[-40, '-40']])).toBe("\uFEFF-40,'-40\r\n");
  });
});

describe('the findings CSV', () => {
  it('has one row per finding under the named columns, rooms in visit order', () => {
    const [header, ...rows] = readCsv(findingsCsv([visit()], lookupChecklist));
    expect(header).toEqual([...FINDINGS_COLUMNS]);
    expect(rows.map((row) => row[4])).toEqual([
      'Entrance',
      'Entrance',
      'Bathroom',
      'Bedroom 1',
      'Bedroom 2',
    ]);
  });

  it('gives the client, the visit and the checklist prompt of each finding', () => {
    const rows = rowsByColumn(findingsCsv([visit()], lookupChecklist));
    const door = rows.find((row) => row['Item ID'] === DOOR);
    expect(door).toMatchObject({
      'Assessment ID': idOf('visit'),
      Client: 'Zoë Lefèvre',
      Date: '2025-03-04',
      Setting: 'home',
      Answer: 'barrier',
      Severity: 'high',
    });
    expect(door?.Prompt).toMatch(/door/i);
  });

  it('keeps notes with commas, quotes, accents and line breaks exactly', () => {
    const rows = rowsByColumn(findingsCsv([visit()], lookupChecklist));
    expect(rows.find((row) => row['Item ID'] === DOOR)?.Notes).toBe(TRICKY_NOTE);
  });

  it('shows each measurement with its unit and whether it meets the standard', () => {
    const rows = rowsByColumn(findingsCsv([visit()], lookupChecklist));
    const door = rows.find((row) => row['Item ID'] === DOOR);
    const threshold = rows.find((row) => row['Item ID'] === THRESHOLD);
    expect(door?.Measurements).toMatch(/^Clear width: 711 mm, fail \(813 mm minimum \(ADA 2010/);
    expect(door?.['Measurement result']).toBe('fail');
    expect(threshold?.Measurements).toMatch(/^Threshold height: 10 mm, pass/);
    expect(threshold?.['Measurement result']).toBe('pass');
  });

  it('offers the measurements in the person’s units beside the millimetre column', () => {
    const rows = rowsByColumn(findingsCsv([visit()], lookupChecklist, 'imperial'));
    const door = rows.find((row) => row['Item ID'] === DOOR);
    expect(door?.Measurements).toMatch(/^Clear width: 711 mm, fail/);
    expect(door?.['Measurements in your units']).toMatch(/^Clear width: 28", fail \(32" minimum/);
    const metric = rowsByColumn(findingsCsv([visit()], lookupChecklist));
    const same = metric.find((row) => row['Item ID'] === DOOR);
    expect(same?.['Measurements in your units']).toBe(same?.Measurements);
  });

  it('makes a note starting with a minus sign harmless', () => {
    const rows = rowsByColumn(findingsCsv([visit()], lookupChecklist));
    expect(rows.find((row) => row.Room === 'Bathroom')?.Notes).toBe("'-2 steps to the tub");
  });

  it('holds the rows of every assessment of a list', () => {
    const rows = rowsByColumn(findingsCsv([visit('first'), visit('second')], lookupChecklist));
    expect(rows).toHaveLength(10);
    expect(new Set(rows.map((row) => row['Assessment ID']))).toEqual(
      new Set([idOf('first'), idOf('second')]),
    );
  });
});

describe('the interventions CSV', () => {
  it('has one row per intervention with its cost, provider, room and barrier', () => {
    const text = interventionsCsv([visit()], lookupChecklist);
    expect(readCsv(text)[0]).toEqual([...INTERVENTIONS_COLUMNS]);
    const rows = rowsByColumn(text);
    expect(rows).toHaveLength(4);
    const widen = rows.find((row) => row.Title === 'Widen the entrance door, offset hinges');
    expect(widen).toMatchObject({
      Category: 'home-modification',
      Priority: 'medium',
      Provider: 'licensed-contractor',
      Responsible: 'Landlord, "Acme Homes"',
      'Cost min': '2000',
      'Cost max': '4000',
      Currency: 'USD',
      Status: 'recommended',
      Room: 'Entrance',
    });
    expect(widen?.Barrier).toMatch(/door/i);
  });
});
