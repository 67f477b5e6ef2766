import QRCode from 'qrcode';
import type { IssuedCode } from '../storage/records.js';
import { codeLines } from './code-lines.js';
import { qrContent } from './qr-content.js';

/** Options of {@link qrSheetSvg}. */
export interface QrSheetOptions {
  /** The meeting's title, printed at the top. */
  title: string;
  /**
   * What each QR code holds: a URL template with `{meeting}` and `{code}` (e.g.
   * `https://ngo.example/vote?m={meeting}&c={code}`), or the bare code when absent.
   */
  voteUrl?: string;
  meetingId: string;
  /** Codes per row (default 3). */
  columns?: number;
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** Layout of a sheet, in SVG user units (CSS pixels: 96 to the inch). */
const CELL_WIDTH = 220;
const CELL_HEIGHT = 236;
const QR_SIZE = 150;
const TOP = 60;
/** The code's font size: two lines of up to 19 monospace characters fit a cell. */
export const CODE_FONT_SIZE = 16;

/**
 * A printable sheet (A4 proportions, SVG) with one QR code per voting code, the code written
 * under it on two lines in a large monospace font so it can also be typed, and its anonymous id.
 * Hand one square to each attendee.
 *
 * @example
 * const svg = await qrSheetSvg(codes, { title: '2008 review meeting', meetingId: 'qingyuan-2008' });
 */
export async function qrSheetSvg(
  codes: readonly IssuedCode[],
  options: QrSheetOptions,
): Promise<string> {
  const columns = options.columns ?? 3;
  const width = columns * CELL_WIDTH;
  const rows = Math.ceil(codes.length / columns);
  const height = TOP + rows * CELL_HEIGHT;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif">`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    `<text x="${width / 2}" y="36" font-size="20" text-anchor="middle">${escapeXml(options.title)}</text>`,
  ];
  for (const [index, issued] of codes.entries()) {
    const content = qrContent(issued, options.meetingId, options.voteUrl);
    const qr = await QRCode.toString(content, {
      type: 'svg',
      margin: 1,
      errorCorrectionLevel: 'M',
    });
    const x = (index % columns) * CELL_WIDTH;
    const y = TOP + Math.floor(index / columns) * CELL_HEIGHT;
    const centre = x + CELL_WIDTH / 2;
    const placed = qr
      .replace(/^<\?xml[^>]*>\s*/, '')
      .replace(
        '<svg ',
        `<svg x="${x + (CELL_WIDTH - QR_SIZE) / 2}" y="${y}" width="${QR_SIZE}" height="${QR_SIZE}" `,
      );
    const lines = codeLines(issued.code).map(
      (line, n) =>
        `<text class="code-line" x="${centre}" y="${y + QR_SIZE + 22 + n * 20}" font-size="${CODE_FONT_SIZE}" font-weight="bold" font-family="DejaVu Sans Mono, Consolas, monospace" text-anchor="middle">${escapeXml(line)}</text>`,
    );
    parts.push(
      `<g class="code" aria-label="${escapeXml(issued.code)}">`,
      `<rect x="${x + 4}" y="${y - 4}" width="${CELL_WIDTH - 8}" height="${CELL_HEIGHT - 8}" fill="none" stroke="#999" stroke-width="0.5" stroke-dasharray="3 3"/>`,
      placed,
      ...lines,
      `<text x="${centre}" y="${y + QR_SIZE + 64}" font-size="11" fill="#555" text-anchor="middle">${escapeXml(issued.id)}</text>`,
      `</g>`,
    );
  }
  parts.push('</svg>');
  return parts.join('\n');
}
