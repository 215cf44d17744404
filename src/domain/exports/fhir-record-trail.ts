// Photos, review comments and the sign-off of one assessment as FHIR R4: each photo a
// DocumentReference whose attachment is a URL the server answers (its blob route, with the
// bearer token) or the bytes themselves when the caller has them; each comment and the sign-off
// a Provenance naming the QuestionnaireResponse it is about.
import { numberField, type RecordView, textField } from '../record-view';
import type { AssessmentModel } from './export-model';
import {
  CODE_SYSTEMS,
  compact,
  dateTimeOf,
  type FhirReference,
  type FhirResource,
  recordIdentifier,
  resourceId,
} from './fhir-common';

const PARTICIPANT_TYPE = 'http://terminology.hl7.org/CodeSystem/provenance-participant-type';

/** How photo bytes reach the Bundle: a URL per digest, and any bytes to embed (Base64). */
export interface PhotoContent {
  urlOf: (sha256: string) => string;
  base64Of?: (sha256: string) => string | undefined;
}

/** The server's blob route, relative to where the app is served. */
export const SERVER_PHOTO_URLS: PhotoContent = { urlOf: (sha256) => `/api/v1/blobs/${sha256}` };

export function photoDocuments(
  model: AssessmentModel,
  subject: FhirReference,
  content: PhotoContent,
): FhirResource[] {
  return model.photos.flatMap((photo) => {
    const sha256 = textField(photo, 'sha256');
    if (sha256 === undefined) return [];
    const takenAt = numberField(photo, 'takenAt');
    const data = content.base64Of?.(sha256);
    return [
      compact({
        resourceType: 'DocumentReference',
        id: photo.id,
        identifier: [recordIdentifier(photo.id)],
        status: 'current',
        type: { text: 'Photo taken at the home visit' },
        subject,
        date: takenAt === undefined ? undefined : dateTimeOf(takenAt),
        description: textField(photo, 'caption'),
        content: [
          {
            attachment: compact({
              contentType: textField(photo, 'mimeType'),
              url: data === undefined ? content.urlOf(sha256) : undefined,
              data,
              size: numberField(photo, 'byteSize'),
              title: textField(photo, 'caption'),
            }),
          },
        ],
      }),
    ];
  });
}

const agentOf = (code: string, display: string, id: string | undefined, name: string | undefined) =>
  compact({
    type: { coding: [{ system: PARTICIPANT_TYPE, code, display }] },
    who: compact({
      identifier: id === undefined ? undefined : { system: CODE_SYSTEMS.user, value: id },
      display: name ?? 'Unknown person',
    }),
  });

/** A Provenance per review comment and one for the sign-off, targeting the visit's response. */
export function reviewProvenance(model: AssessmentModel, target: FhirReference): FhirResource[] {
  const comments = model.comments.flatMap((comment: RecordView) => {
    const text = textField(comment, 'text');
    const writtenAt = numberField(comment, 'writtenAt');
    if (text === undefined || writtenAt === undefined) return [];
    return [
      compact({
        resourceType: 'Provenance',
        id: resourceId('provenance', comment.id),
        target: [target],
        recorded: dateTimeOf(writtenAt),
        activity: {
          text: comment.fields.resolved === true ? 'Review comment (resolved)' : 'Review comment',
        },
        reason: [{ text }],
        agent: [
          agentOf(
            'author',
            'Author',
            textField(comment, 'authorId'),
            textField(comment, 'authorName'),
          ),
        ],
      }),
    ];
  });
  const { assessment } = model;
  const signedAt = numberField(assessment, 'signedAt');
  if (textField(assessment, 'status') !== 'signed' || signedAt === undefined) return comments;
  const signOff = compact({
    resourceType: 'Provenance',
    id: resourceId('provenance', assessment.id, 'sign-off'),
    target: [target],
    recorded: dateTimeOf(signedAt),
    activity: { text: 'Signed off' },
    agent: [
      agentOf(
        'attester',
        'Attester',
        textField(assessment, 'signedBy'),
        textField(assessment, 'signedByName'),
      ),
    ],
  });
  return [...comments, signOff];
}
