// A link to one of the app's own screens: moves without a page load, yet opens a new tab when the
// person asks for one (ctrl, cmd, shift or the middle button).
import type { AnchorHTMLAttributes } from 'preact';
import { navigate } from './router';

export type AppLinkProps = AnchorHTMLAttributes<HTMLAnchorElement> & { href: string };

export function AppLink({ href, children, ...rest }: AppLinkProps) {
  return (
    <a
      {...rest}
      href={href}
      onClick={(event) => {
        if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
        event.preventDefault();
        navigate(href);
      }}
    >
      {children}
    </a>
  );
}
