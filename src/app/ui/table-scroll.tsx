// A wide table that scrolls sideways on its own on a narrow screen instead of widening the page;
// the scrolling box takes keyboard focus and is named, so it can be scrolled without a pointer.
import type { ComponentChildren } from 'preact';

export function TableScroll({
  label,
  extraClass,
  children,
}: {
  /** Names the scrolling region; the table's caption, usually. */
  label: string;
  extraClass?: string;
  children: ComponentChildren;
}) {
  return (
    <section
      class={extraClass === undefined ? 'table-scroll' : `table-scroll ${extraClass}`}
      aria-label={label}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take focus to be scrolled by keyboard (WCAG 2.1.1).
      tabIndex={0}
    >
      {children}
    </section>
  );
}
