// The report templates that ship with the app, parsed once; each follows its funder's published
// requirements (the template's `source`). Load this module lazily, with the report screen.
import builderJson from '../../report-templates/builder-scope-of-works.json';
import enableNswJson from '../../report-templates/enablensw-home-modifications.json';
import ndisComplexJson from '../../report-templates/ndis-complex-home-modifications.json';
import ndisMinorJson from '../../report-templates/ndis-minor-home-modifications.json';
import ukDfgJson from '../../report-templates/uk-disabled-facilities-grant.json';
import usWorkJson from '../../report-templates/us-home-modification-work-documentation.json';
import { formatValidationError } from './json-reader';
import { parseReportTemplate, type ReportTemplate } from './report-template';

/** The file name and content of each built-in template. */
export const BUILTIN_TEMPLATE_FILES: readonly { fileName: string; data: unknown }[] = [
  { fileName: 'ndis-minor-home-modifications.json', data: ndisMinorJson },
  { fileName: 'ndis-complex-home-modifications.json', data: ndisComplexJson },
  { fileName: 'enablensw-home-modifications.json', data: enableNswJson },
  { fileName: 'uk-disabled-facilities-grant.json', data: ukDfgJson },
  { fileName: 'us-home-modification-work-documentation.json', data: usWorkJson },
  { fileName: 'builder-scope-of-works.json', data: builderJson },
];

/** Every built-in template; a broken one is a build defect, so it throws with each problem. */
export function builtinReportTemplates(): ReportTemplate[] {
  return BUILTIN_TEMPLATE_FILES.map(({ fileName, data }) => {
    const result = parseReportTemplate(data, fileName);
    if (!result.ok) {
      throw new Error(result.errors.map(formatValidationError).join('\n'));
    }
    return result.template;
  });
}
