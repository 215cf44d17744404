// Where the review list keeps its saved index: a key of its own module, so the app's composition
// root can seal it without loading the review list's code.

/** Sealed like the session: it holds client names and addresses. */
export const REVIEW_INDEX_META_KEY = 'review.index';
