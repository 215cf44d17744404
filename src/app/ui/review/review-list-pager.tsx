// Previous and Next through the review list's pages, with where the person is.
export interface ReviewListPagerProps {
  page: number;
  pageCount: number;
  onPage: (page: number) => void;
}

export function ReviewListPager({ page, pageCount, onPage }: ReviewListPagerProps) {
  if (pageCount <= 1) return null;
  return (
    <nav class="review-pager" aria-label="Pages">
      <button type="button" class="button" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        Previous
      </button>
      <span>
        Page {page} of {pageCount}
      </span>
      <button
        type="button"
        class="button"
        disabled={page >= pageCount}
        onClick={() => onPage(page + 1)}
      >
        Next
      </button>
    </nav>
  );
}
