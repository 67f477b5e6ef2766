/**
 * `@qingyuan/server/qr`: printable sheets of voting codes with QR codes (SVG and PDF) and
 * what each QR code holds.
 *
 * @example
 * import { qrSheetSvg } from '@qingyuan/server/qr';
 *
 * @packageDocumentation
 */
export { qrSheetSvg, type QrSheetOptions } from '../qr/qr-sheet.js';
export {
  findCjkFont,
  qrSheetPdf,
  type PdfFont,
  type QrSheetPdfOptions,
} from '../qr/qr-sheet-pdf.js';
export { qrContent } from '../qr/qr-content.js';
