// The checklists and intervention catalogue that ship with the app, parsed once; load this module lazily.
//
// Versioning: when a checklist's content changes, raise its "version", copy the previous file to
// checklists/archive/<id>.v<version>.json and import it below too, so assessments made with the
// old version still find their own questions (findChecklistVersion). The released-ids test fails
// if content changes without a version bump.
import adultHomeJson from '../../checklists/adult-home.json';
import adultHomeV1Json from '../../checklists/archive/adult-home.v1.json';
import adultHomeV2Json from '../../checklists/archive/adult-home.v2.json';
import childHomeV1Json from '../../checklists/archive/child-home.v1.json';
import childHomeV2Json from '../../checklists/archive/child-home.v2.json';
import schoolV1Json from '../../checklists/archive/school.v1.json';
import schoolV2Json from '../../checklists/archive/school.v2.json';
import workplaceV1Json from '../../checklists/archive/workplace.v1.json';
import workplaceV2Json from '../../checklists/archive/workplace.v2.json';
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
  // Version 2 had the HOME FAST numbers off by one from item 19 and a few questions asking two
  // things at once; version 3 retires those (kept under "retired") and asks one thing per item.
  { fileName: 'archive/adult-home.v2.json', data: adultHomeV2Json },
  // Version 2 of these offered path repair for ice and no bath lift or hoist for a lifted child.
  { fileName: 'archive/child-home.v2.json', data: childHomeV2Json },
  { fileName: 'archive/school.v2.json', data: schoolV2Json },
  { fileName: 'archive/workplace.v2.json', data: workplaceV2Json },
  // Version 1 judged a door's opening force against 127 N and had other figures corrected in
  // version 2; visits made with it keep reading it, and say which figures have changed since.
  { fileName: 'archive/adult-home.v1.json', data: adultHomeV1Json },
  { fileName: 'archive/child-home.v1.json', data: childHomeV1Json },
  { fileName: 'archive/school.v1.json', data: schoolV1Json },
  { fileName: 'archive/workplace.v1.json', data: workplaceV1Json },
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
