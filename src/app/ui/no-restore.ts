// Keeps what is typed out of the browser's saved form state: every input, text area and select
// the app renders gets autocomplete="off" unless it names a purpose of its own (a sign-in field).
import { options, type VNode } from 'preact';

const FORM_CONTROLS = new Set(['input', 'textarea', 'select']);

/**
 * Chromium saves the state of form controls with the session (its Sessions files, for restoring
 * tabs), on disk and in clear, for every control it would autocomplete; `autocomplete="off"` on the
 * control or its form leaves it out (measured in Chromium 150: a typed note was in
 * Sessions/Session_* as UTF-16 without it, and absent with it, for inputs, text areas and selects).
 * Installed once, before the first render, so no field holding clinical text can forget it.
 */
export function keepFormStateOffDisk(): void {
  const previous = options.vnode;
  options.vnode = (vnode: VNode) => {
    if (typeof vnode.type === 'string' && FORM_CONTROLS.has(vnode.type)) {
      const props = vnode.props as { autocomplete?: string; autoComplete?: string };
      if (props.autocomplete === undefined && props.autoComplete === undefined)
        props.autocomplete = 'off';
    }
    previous?.(vnode);
  };
}
