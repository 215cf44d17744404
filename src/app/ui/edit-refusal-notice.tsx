// Says at once, in words, that an edit was not saved and why (the value the registry refused).
import type { AppServices } from '../app-services';
import type { EditRefusedError } from '../sync/edit-check';
import { useFeed } from './feed';
import { fieldWords, recordWords } from './sync/record-words';

/** "Room name: is 300 characters long; at most 200 fit." without the registry's own labels. */
export function refusalWords(refusal: EditRefusedError): string {
  const label = `${refusal.entity}.${refusal.field}`;
  const reason = refusal.problem.message.replaceAll(label, `the ${fieldWords(refusal.field)}`);
  const sentence = reason.charAt(0).toUpperCase() + reason.slice(1);
  return `${recordWords(refusal.entity)}: not saved. ${sentence}`;
}

export function EditRefusalNotice({ services }: { services: AppServices }) {
  const refusal = useFeed(services.editRefusal);
  if (refusal === undefined) return null;
  return (
    <section class="banner banner-warning edit-refusal" role="alert" aria-label="Not saved">
      <p>{refusalWords(refusal)}</p>
      <button type="button" class="button" onClick={() => services.editRefusal.set(undefined)}>
        Dismiss
      </button>
    </section>
  );
}
