// Comments on one part of an assessment (the visit, a room or an item): who wrote them and when,
// a Comment control that adds one in the reader's own name, and Resolve / Reopen.
import { useState } from 'preact/hooks';
import type { RecordId } from '../../../domain/ids';
import type { Comment } from '../../../domain/records';
import { useFeed } from '../feed';
import { useServices } from '../services';
import { TextPrompt } from '../text-prompt';
import { formatMoment } from './review-detail-format';

/** What a comment is about: the entity and id of the record, and its name in words. */
export interface CommentTarget {
  assessmentId: RecordId;
  entity: 'assessment' | 'room' | 'finding';
  id: RecordId;
  /** Names the target in the Comment button's accessible name: "Comment on Bathroom". */
  label: string;
}

/** The comments on one target, oldest first. */
export function commentsOn(comments: readonly Comment[], target: CommentTarget) {
  return comments
    .filter(
      (comment) =>
        comment.fields.targetEntity === target.entity && comment.fields.targetId === target.id,
    )
    .sort((left, right) => (left.fields.writtenAt ?? 0) - (right.fields.writtenAt ?? 0));
}

function CommentItem({ comment }: { comment: Comment }) {
  const { engine } = useServices();
  const isResolved = comment.fields.resolved === true;
  const toggle = () => void engine.edit('comment', comment.id, { resolved: !isResolved }, null);
  return (
    <li class={`review-comment${isResolved ? ' review-comment-resolved' : ''}`}>
      <p class="review-comment-meta">
        <strong>{comment.fields.authorName ?? 'Someone'}</strong>,{' '}
        {formatMoment(comment.fields.writtenAt)}
        {isResolved ? ' · resolved' : ''}
      </p>
      <p class="review-comment-text">{comment.fields.text ?? ''}</p>
      <button type="button" class="button review-comment-toggle" onClick={toggle}>
        {isResolved ? 'Reopen' : 'Resolve'}
      </button>
    </li>
  );
}

function CommentForm({ target, onDone }: { target: CommentTarget; onDone: () => void }) {
  const services = useServices();
  const session = useFeed(services.currentSession);
  const add = (text: string) => {
    if (session === undefined) return;
    const fields = {
      assessmentId: target.assessmentId,
      targetEntity: target.entity,
      targetId: target.id,
      text,
      authorId: session.user.id,
      authorName: session.user.name,
      writtenAt: services.now(),
      resolved: false,
    };
    void services.engine.edit('comment', services.newId(), fields, null).then(onDone);
  };
  return (
    <TextPrompt
      label={`Comment on ${target.label}`}
      submitLabel="Add comment"
      emptyMessage="Write the comment first."
      extraClass="review-comment-form"
      onSubmit={add}
      onCancel={onDone}
    />
  );
}

/** The comments on a target and, for a signed-in reader, the control that adds one. */
export function ReviewComments({
  target,
  comments,
}: {
  target: CommentTarget;
  comments: readonly Comment[];
}) {
  const services = useServices();
  const session = useFeed(services.currentSession);
  const [isWriting, setWriting] = useState(false);
  const shown = commentsOn(comments, target);
  return (
    <div class="review-comments">
      {shown.length > 0 && (
        <ul class="review-comment-list" aria-label={`Comments on ${target.label}`}>
          {shown.map((comment) => (
            <CommentItem key={comment.id} comment={comment} />
          ))}
        </ul>
      )}
      {isWriting ? (
        <CommentForm target={target} onDone={() => setWriting(false)} />
      ) : (
        session !== undefined && (
          <button
            type="button"
            class="button"
            aria-label={`Comment on ${target.label}`}
            onClick={() => setWriting(true)}
          >
            Comment
          </button>
        )
      )}
    </div>
  );
}
