// Offers a waiting new version; the page reloads only when the person chooses to.

export function UpdateBanner({
  onApply,
  onDismiss,
}: {
  onApply: () => void;
  onDismiss: () => void;
}) {
  return (
    <section class="banner" aria-label="Update available">
      <p>A new version of HomeAssess is ready. Update when you are between visits.</p>
      <div class="banner-actions">
        <button type="button" class="button button-primary" onClick={onApply}>
          Update now
        </button>
        <button type="button" class="button" onClick={onDismiss}>
          Later
        </button>
      </div>
    </section>
  );
}
