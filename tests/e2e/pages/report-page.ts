// The report screen as a person meets it, and what its printed PDF holds: text and photos.
import { expect, type Locator, type Page } from '@playwright/test';
import { extractText, getDocumentProxy } from 'unpdf';

export type ReportVariant = 'clinical' | 'plain';

/** The words of a PDF and how many distinct raster images (photos) it holds. */
export interface PdfContent {
  /** Every page's text, with runs of white space (line wraps) read as one space. */
  text: string;
  pageCount: number;
  imageCount: number;
}

/**
 * An image XObject's dictionary. Chromium's PDF writer leaves object dictionaries uncompressed
 * and writes each distinct image once, so counting them counts the photos that made it to paper.
 * (pdf.js's operator list would say the same, but on Node 20 it skips image operators: it needs
 * ArrayBuffer.prototype.transferToFixedLength, from Node 21.)
 */
const IMAGE_OBJECT = /\/Subtype\s*\/Image\b/g;

export class ReportPage {
  readonly report: Locator;
  readonly printButton: Locator;

  constructor(readonly page: Page) {
    this.report = page.getByRole('article');
    this.printButton = page.getByRole('button', { name: 'Print or save as PDF' });
  }

  /** Opens a variant by its address and waits until its photos are loaded and decoded. */
  async open(assessmentId: string, variant: ReportVariant): Promise<void> {
    const query = variant === 'plain' ? '?variant=plain' : '';
    await this.page.goto(`/review/${encodeURIComponent(assessmentId)}/report${query}`);
    await this.waitUntilReady();
  }

  async waitUntilReady(): Promise<void> {
    await expect(this.report).toBeVisible();
    await expect(this.printButton).toBeEnabled();
  }

  variantLink(name: 'Clinical report' | 'Plain-language report'): Locator {
    return this.page
      .getByRole('navigation', { name: 'Report variant' })
      .getByRole('link', { name });
  }

  /** Prints the page to PDF as the browser's "Save as PDF" would, and reads it back. */
  async printedPdf(): Promise<PdfContent> {
    await this.page.emulateMedia({ media: 'print' });
    const bytes = await this.page.pdf({ format: 'A4' });
    await this.page.emulateMedia({ media: 'screen' });
    return readPdf(new Uint8Array(bytes));
  }
}

/** Reads a PDF's text, its page count and the number of distinct images in it. */
export async function readPdf(bytes: Uint8Array): Promise<PdfContent> {
  const imageCount = Buffer.from(bytes).toString('latin1').match(IMAGE_OBJECT)?.length ?? 0;
  const document = await getDocumentProxy(bytes.slice());
  const { text } = await extractText(document, { mergePages: true });
  return { text: text.replace(/\s+/g, ' '), pageCount: document.numPages, imageCount };
}
