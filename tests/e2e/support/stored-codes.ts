// Finds stored codes in what a screen shows: any visible text, or option of a list, that reads as
// a code the records store ("occupational-therapist", "medium", "home · initial", "Answer: ok")
// or as a checklist item id ("home.bath.tub-transfer").
import type { Page } from '@playwright/test';
import { storedCodes } from '../../../src/domain/words';

/** Codes that are also the ordinary way of writing a word in a sentence. */
const ORDINARY_WORDS = new Set(['follow-up']);

/** The stored codes shown on the page, each with the text it was found in. */
export async function visibleStoredCodes(page: Page): Promise<string[]> {
  const codes = storedCodes().filter((code) => !ORDINARY_WORDS.has(code));
  return page.evaluate((codeList) => {
    const codeSet = new Set(codeList);
    const hyphenated = codeList.filter((code) => code.includes('-'));
    const itemId = /\b[a-z]+(?:-[a-z]+)*\.[a-z]+(?:-[a-z]+)*\.[a-z]+(?:-[a-z]+)*\b/;
    // An element's own text, its text nodes joined: Preact splits "(2 high)" into three nodes.
    const ownText = new Map<Element, string>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (parent === null || parent.closest('script, style, a[href^="http"]') !== null) continue;
      const inSelect = parent.closest('select') !== null;
      if (!inSelect && !parent.checkVisibility({ visibilityProperty: true })) continue;
      ownText.set(parent, `${ownText.get(parent) ?? ''}${node.textContent ?? ''}`);
    }
    const texts = [...ownText.values()];
    for (const field of document.querySelectorAll<HTMLInputElement>('input:not([type=hidden])')) {
      if (field.readOnly || field.disabled) texts.push(field.value);
    }
    const found: string[] = [];
    for (const text of texts) {
      const segments = text.split(/[·:,;()|\n]/).map((segment) => segment.trim());
      const code = segments.find((segment) => codeSet.has(segment));
      const long = hyphenated.find((candidate) => new RegExp(`\\b${candidate}\\b`).test(text));
      const id = itemId.exec(text)?.[0];
      const hit = code ?? long ?? id;
      if (hit !== undefined) found.push(`${hit} in "${text.trim().slice(0, 80)}"`);
    }
    return found;
  }, codes);
}
