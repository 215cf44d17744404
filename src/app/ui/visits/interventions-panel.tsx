// What is recommended for a barrier: the catalogue's suggestions, a search of the catalogue, a
// custom entry; each with priority, who does it, cost, funding and status.
import { useState } from 'preact/hooks';
import type { Item } from '../../../domain/checklist';
import { priorityForSeverity, providerForSetting } from '../../../domain/client-defaults';
import type { FieldValues } from '../../../domain/entities';
import {
  type Intervention,
  regionalEntry,
  searchCatalogue,
  suggestInterventions,
} from '../../../domain/interventions';
import { measuredQuantity } from '../../../domain/number-entry';
import { oneOfField } from '../../../domain/record-view';
import type { Finding } from '../../../domain/records';
import { judgingOf } from '../../../domain/visit-judging';
import { SEVERITIES } from '../../../domain/vocabulary';
import { useServices } from '../services';
import { InterventionRow } from './intervention-row';
import type { VisitData } from './use-visit';

interface InterventionsPanelProps {
  data: VisitData;
  item: Item;
  finding: Finding;
}

/** What a new recommendation starts with, whatever it is: its barrier's severity as priority. */
function recommendationStart(finding: Finding): FieldValues {
  return { status: 'recommended', priority: priorityForSeverity(finding.fields.severity) };
}

function fromCatalogue(
  entry: Intervention,
  finding: Finding,
  setting: string | undefined,
): FieldValues {
  const fields: FieldValues = {
    catalogueId: entry.id,
    title: entry.title,
    category: entry.group,
    ...recommendationStart(finding),
  };
  const provider = providerForSetting(entry.providers, setting);
  if (provider !== undefined) fields.provider = provider;
  // A price per length or area is not the job's cost: the row asks for the quantity first.
  if (entry.cost !== undefined && measuredQuantity(entry.cost.unit) !== undefined)
    fields.currency = entry.cost.currency;
  else if (entry.cost !== undefined)
    Object.assign(fields, {
      costMin: entry.cost.min,
      costMax: entry.cost.max,
      currency: entry.cost.currency,
    });
  return fields;
}

/** A row of catalogue entries, each with a button that recommends it. */
function CatalogueChoices({
  label,
  entries,
  onAdd,
}: {
  label: string;
  entries: Intervention[];
  onAdd: (entry: Intervention) => void;
}) {
  return (
    <ul class="suggestions" aria-label={label}>
      {entries.map((entry) => (
        <li key={entry.id}>
          <button type="button" class="button" onClick={() => onAdd(entry)}>
            Add {entry.title}
          </button>
        </li>
      ))}
    </ul>
  );
}

export function InterventionsPanel({ data, item, finding }: InterventionsPanelProps) {
  const services = useServices();
  const [query, setQuery] = useState('');
  const [customTitle, setCustomTitle] = useState('');
  const chosen = data.interventions.filter(
    (intervention) => intervention.fields.findingId === finding.id,
  );
  const chosenIds = new Set(chosen.map((intervention) => intervention.fields.catalogueId));
  const severity = oneOfField(finding, 'severity', SEVERITIES);
  // Entries in the visit's region's own words (a UK school has no "504 plan").
  const region = judgingOf(data.visit);
  const inRegion = (entry: Intervention) => regionalEntry(entry, region);
  const suggestions = suggestInterventions(item, data.catalogue, {
    answer: 'barrier',
    ...(severity === undefined ? {} : { severity }),
  })
    .filter((entry) => !chosenIds.has(entry.id))
    .map(inRegion);
  const results = searchCatalogue(query, data.catalogue).slice(0, 8).map(inRegion);
  const add = (fields: FieldValues, label: string) =>
    void services.engine.edit(
      'intervention',
      services.newId(),
      { ...fields, findingId: finding.id, assessmentId: data.visit.id },
      label,
    );
  const addEntry = (entry: Intervention) =>
    add(fromCatalogue(entry, finding, data.visit.fields.setting), `Recommend ${entry.title}`);
  return (
    <section class="interventions" aria-label="Recommendations">
      <h3>Recommendations</h3>
      <ul class="plain-list" aria-label="Recommended for this barrier">
        {chosen.map((intervention) => (
          <InterventionRow
            key={intervention.id}
            intervention={intervention}
            catalogueEntry={data.catalogue.entries.find(
              (entry) => entry.id === intervention.fields.catalogueId,
            )}
          />
        ))}
      </ul>
      {suggestions.length > 0 && (
        <div>
          <p class="value-label">Suggested</p>
          <CatalogueChoices
            label="Suggested for this item"
            entries={suggestions}
            onAdd={addEntry}
          />
        </div>
      )}
      <label class="field">
        Search the catalogue
        <input
          type="search"
          value={query}
          onInput={(event) => setQuery(event.currentTarget.value)}
        />
      </label>
      <CatalogueChoices label="Catalogue results" entries={results} onAdd={addEntry} />
      <div class="toolbar">
        <label class="field search-field">
          Custom recommendation
          <input
            value={customTitle}
            onInput={(event) => setCustomTitle(event.currentTarget.value)}
          />
        </label>
        <button
          type="button"
          class="button"
          disabled={customTitle.trim() === ''}
          onClick={() => {
            add(
              { title: customTitle.trim(), ...recommendationStart(finding) },
              `Recommend ${customTitle.trim()}`,
            );
            setCustomTitle('');
          }}
        >
          Add custom
        </button>
      </div>
    </section>
  );
}
