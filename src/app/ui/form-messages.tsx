// The outcome of a form in words: a refusal announced at once, or a quiet confirmation.

export function FormMessages({
  error,
  notice,
}: {
  error?: string | undefined;
  notice?: string | undefined;
}) {
  return (
    <>
      {error !== undefined && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {notice !== undefined && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
    </>
  );
}
