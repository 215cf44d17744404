// The frame of every screen: its heading, which takes focus when the screen changes, and its content.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

/**
 * The screen's heading is `title`; the window's title is `pageTitle` when given. A screen whose
 * heading holds record text (a client's name) gives a neutral `pageTitle`: the browser keeps
 * window titles on disk, in its history and session files, out of the app lock's reach.
 */
export function ScreenFrame({
  title,
  pageTitle = title,
  children,
}: {
  title: string;
  pageTitle?: string;
  children: ComponentChildren;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, [title]);
  useEffect(() => {
    document.title = `${pageTitle} · HomeAssess`;
  }, [pageTitle]);
  return (
    <section class="screen" aria-labelledby="screen-title">
      <h1 id="screen-title" tabIndex={-1} ref={heading}>
        {title}
      </h1>
      {children}
    </section>
  );
}
