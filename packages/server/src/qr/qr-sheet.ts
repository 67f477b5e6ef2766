import QRCode from 'qrcode';
import type { IssuedCode } from '../storage/records.js';
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

/**
 * A printable sheet (A4 proportions, SVG) with one QR code per voting code, the code written
 * under it so it can also be typed, and its anonymous id. Hand one square to each attendee.
 *
 * @example
 * const svg = await qrSheetSvg(codes, { title: '2008 review meeting', meetingId: 'qingyuan-2008' });
 */
export async function qrSheetSvg(
  codes: readonly IssuedCode[],
  options: QrSheetOptions,
): Promise<string> {
  const columns = options.columns ?? 3;
  const cell = 200;
  const qrSize = 150;
  const top = 60;
  const width = columns * cell;
  const rows = Math.ceil(codes.length / columns);
  const height = top + rows * cell;
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
    const x = (index % columns) * cell;
    const y = top + Math.floor(index / columns) * cell;
    const placed = qr
      .replace(/^<\?xml[^>]*>\s*/, '')
      .replace(
        '<svg ',
        `<svg x="${x + (cell - qrSize) / 2}" y="${y}" width="${qrSize}" height="${qrSize}" `,
      );
    parts.push(
      `<g class="code">`,
      placed,
      `<text x="${x + cell / 2}" y="${y + qrSize + 18}" font-size="13" font-family="monospace" text-anchor="middle">${escapeXml(issued.code)}</text>`,
      `<text x="${x + cell / 2}" y="${y + qrSize + 34}" font-size="10" fill="#555" text-anchor="middle">${escapeXml(issued.id)}</text>`,
      `</g>`,
    );
  }
  parts.push('</svg>');
  return parts.join('\n');
}
