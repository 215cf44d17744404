// What a person sees go wrong with a layout, measured in the page: a screen wider than the window,
// form controls drawn over each other or hidden under a bar, something covering the navigation,
// chart labels cut off. Each check is a function run in the page; they share no state.
import type { Page } from '@playwright/test';

export interface LayoutProblems {
  /** The document's width when it is wider than the window, else 0. */
  overflowPx: number;
  /** The innermost elements reaching past the window's right edge. */
  widest: string[];
  /** Pairs of visible controls whose boxes intersect, by their names. */
  overlaps: string[];
  /** Controls that, scrolled into view, still lie under something else (a bar, a map). */
  unreachable: string[];
  /** Navigation links whose centre is covered by another element (or off the screen). */
  coveredNavigation: string[];
  /** Chart labels drawn outside their chart (cut off on screen and on paper). */
  clippedLabels: string[];
}

/** Measures the current screen, as drawn now. */
export async function layoutProblems(page: Page): Promise<LayoutProblems> {
  // Cards below the fold skip layout until scrolled near; lay everything out to measure it.
  await page.addStyleTag({ content: '* { content-visibility: visible !important; }' });
  const overflow = await page.evaluate(measureOverflow);
  const controls = await page.evaluate(measureControls);
  const coveredNavigation = await page.evaluate(measureNavigation);
  const clippedLabels = await page.evaluate(measureChartLabels);
  return { ...overflow, ...controls, coveredNavigation, clippedLabels };
}

function measureOverflow(): { overflowPx: number; widest: string[] } {
  const width = document.documentElement.clientWidth;
  const scrollWidth = document.documentElement.scrollWidth;
  const pastEdge = (element: Element) => element.getBoundingClientRect().right > width + 1;
  const widest = [...document.body.querySelectorAll('*')]
    .filter((element) => pastEdge(element) && ![...element.children].some(pastEdge))
    .slice(0, 3)
    .map((element) => `${element.tagName} in .${element.closest('[class]')?.className}`);
  return { overflowPx: scrollWidth > width ? scrollWidth : 0, widest };
}

function measureControls(): { overlaps: string[]; unreachable: string[] } {
  const name = (element: Element) =>
    (element.getAttribute('aria-label') ?? element.textContent ?? element.tagName).trim();
  const labelled = (element: Element) =>
    (element as HTMLInputElement).labels?.[0]?.textContent?.trim() || name(element);
  // A bar that sticks to the screen floats over the content by design; whether it hides a
  // control is the reachability question, not the overlap one.
  const floats = (element: Element): boolean => {
    for (let at: Element | null = element; at !== null; at = at.parentElement) {
      const { position } = getComputedStyle(at);
      if (position === 'sticky' || position === 'fixed') return true;
    }
    return false;
  };
  const controls = [
    ...document.querySelectorAll('input:not([type="hidden"]), select, textarea, button'),
  ].filter((element) => {
    const box = element.getBoundingClientRect();
    return box.width > 2 && box.height > 2 && element.checkVisibility({ visibilityProperty: true });
  });
  const flowing = controls.filter((control) => !floats(control));
  const overlaps: string[] = [];
  for (const [index, first] of flowing.entries()) {
    const a = first.getBoundingClientRect();
    for (const second of flowing.slice(index + 1)) {
      if (first.contains(second) || second.contains(first)) continue;
      const b = second.getBoundingClientRect();
      const across = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const down = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (across > 1 && down > 1) overlaps.push(`${labelled(first)} × ${labelled(second)}`);
    }
  }
  const unreachable = flowing
    .filter((control) => {
      control.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      const box = control.getBoundingClientRect();
      const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      // A control's own label (a radio's text, a file button's face) counts as the control.
      const label = hit?.closest('label');
      return hit === null || !(control.contains(hit) || label?.contains(control) === true);
    })
    .map(labelled);
  window.scrollTo(0, 0);
  return { overlaps, unreachable };
}

/** Every 12 px down the page: a map or a bar met on the way down may cover it only there. */
function measureNavigation(): string[] {
  const links = [...document.querySelectorAll('nav[aria-label="Main"] a')];
  const covered = new Set<string>();
  const bottom = document.documentElement.scrollHeight;
  for (let top = 0; top < bottom; top += 12) {
    window.scrollTo(0, top);
    for (const link of links) {
      const box = link.getBoundingClientRect();
      const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      if (hit === null || !link.contains(hit)) {
        const by = hit?.closest('[class]')?.className ?? 'nothing';
        covered.add(`${link.textContent?.trim()} (by ${by})`);
      }
    }
  }
  window.scrollTo(0, 0);
  return [...covered];
}

function measureChartLabels(): string[] {
  return [...document.querySelectorAll('svg text')]
    .filter((label) => {
      const svg = label.closest('svg');
      if (svg === null || !svg.checkVisibility()) return false;
      const outer = svg.getBoundingClientRect();
      const box = label.getBoundingClientRect();
      return outer.width > 2 && (box.left < outer.left - 1 || box.right > outer.right + 1);
    })
    .map((label) => label.textContent ?? '');
}
