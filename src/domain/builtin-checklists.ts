// The checklists and intervention catalogue that ship with the app, parsed once; load this module lazily.
//
// Versioning: when a checklist's content changes, raise its "version", copy the previous file to
// checklists/archive/<id>.v<version>.json and import it below too, so assessments made with the
// old version still find their own questions (findChecklistVersion). The released-ids test fails
// if content changes without a version bump.
import adultHomeJson from '../../checklists/adult-home.json';
import childHomeJson from '../../checklists/child-home.json';
import interventionsJson from '../../checklists/interventions.json';
import schoolJson from '../../checklists/school.json';
import workplaceJson from '../../checklists/workplace.json';
import { type Checklist, formatErrors, parseChecklist } from './checklist';
import { type Catalogue, parseCatalogue } from './interventions';

/** The file name and content of each built-in checklist, newest versions first. */
export const BUILTIN_CHECKLIST_FILES: readonly { fileName: string; data: unknown }[] = [
  { fileName: 'adult-home.json', data: adultHomeJson },
  { fileName: 'child-home.json', data: childHomeJson },
  { fileName: 'school.json', data: schoolJson },
  { fileName: 'workplace.json', data: workplaceJson },
];

function loadCatalogue(): Catalogue {
  const result = parseCatalogue(interventionsJson, 'interventions.json');
  if (!result.ok) throw new Error(`Built-in catalogue is invalid:\n${formatErrors(result.errors)}`);
  return result.catalogue;
}

function loadChecklists(catalogue: Catalogue): Checklist[] {
  const interventionIds = new Set(catalogue.entries.map((entry) => entry.id));
  return BUILTIN_CHECKLIST_FILES.map(({ fileName, data }) => {
    const result = parseChecklist(data, fileName, { interventionIds });
    if (!result.ok)
      throw new Error(`Built-in checklist is invalid:\n${formatErrors(result.errors)}`);
    return result.checklist;
  });
}

/** The built-in intervention catalogue. */
export const builtinCatalogue: Catalogue = loadCatalogue();

/** Every built-in checklist version; an assessment looks up its own with findChecklistVersion. */
export const builtinChecklists: readonly Checklist[] = loadChecklists(builtinCatalogue);
