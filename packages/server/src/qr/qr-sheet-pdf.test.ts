import { inflateSync } from 'node:zlib';
import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import type { IssuedCode } from '../storage/records.js';
import { codeLines } from './code-lines.js';
import { qrContent } from './qr-content.js';
import { findCjkFont, qrSheetPdf } from './qr-sheet-pdf.js';

/** The PDF's page count and its content streams, inflated. */
function readPdf(pdf: Buffer): { pages: number; content: string; raw: string } {
  const raw = pdf.toString('latin1');
  const streams: string[] = [];
  let at = 0;
  for (;;) {
    const start = raw.indexOf('>>\nstream\n', at);
    if (start === -1) break;
    const end = raw.indexOf('\nendstream', start);
    if (end === -1) break;
    const bytes = pdf.subarray(start + '>>\nstream\n'.length, end);
    try {
      streams.push(inflateSync(bytes).toString('latin1'));
    } catch {
      streams.push(bytes.toString('latin1'));
    }
    at = end + '\nendstream'.length;
  }
  return { pages: (raw.match(/\/Type \/Page\b/g) ?? []).length, content: streams.join('\n'), raw };
}

/** The strings the content shows with the standard fonts (each `[<hex> kern <hex>] TJ`). */
function shownText(content: string): string[] {
  return [...content.matchAll(/\[([^\]]*)\] TJ/g)].map((match) =>
    [...match[1]!.matchAll(/<([0-9a-f]*)>/g)]
      .map((part) => Buffer.from(part[1]!, 'hex').toString('latin1'))
      .join(''),
  );
}
const darkModules = (content: string) =>
  QRCode.create(content, { errorCorrectionLevel: 'M' }).modules.data.reduce((n, b) => n + b, 0);

const codes: IssuedCode[] = Array.from({ length: 14 }, (_, i) => ({
  id: `c-${String(i).padStart(12, '0')}`,
  code: `ABCD-EFGH-JKMN-PQRS-TVWX-YZ${String(i).padStart(2, '0')}-12`,
  voter: `c-${String(i).padStart(12, '0')}`,
}));

describe('qrSheetPdf', () => {
  it('prints twelve codes a page, each as a QR code of its content with the code and id under it', async () => {
    const pdf = await qrSheetPdf(codes, {
      title: '2007 年项目评审会',
      fallbackTitle: '2007 review meeting',
      meetingId: 'qingyuan-2007',
    });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const { pages, content } = readPdf(pdf);
    expect(pages).toBe(2);
    const shown = shownText(content);
    for (const issued of codes) {
      for (const line of codeLines(issued.code)) expect(shown).toContain(line);
      expect(shown).toContain(issued.id);
    }
    // Without a CJK font the English title is printed, on each page.
    expect(shown.filter((text) => text === '2007 review meeting')).toHaveLength(2);
    // One square per dark module of every QR code, plus one cut line per code.
    const squares = (content.match(/ re\n/g) ?? []).length;
    const expected = codes.reduce((n, issued) => n + darkModules(issued.code), 0) + codes.length;
    expect(squares).toBe(expected);
  });

  it('encodes the vote URL when a template is given', async () => {
    const voteUrl = 'https://ngo.example/vote?m={meeting}&c={code}';
    const pdf = await qrSheetPdf(codes.slice(0, 2), {
      title: 'Review',
      meetingId: 'qingyuan-2007',
      voteUrl,
    });
    const squares = (readPdf(pdf).content.match(/ re\n/g) ?? []).length;
    const urls = codes.slice(0, 2).map((issued) => qrContent(issued, 'qingyuan-2007', voteUrl));
    expect(urls[0]).toBe(
      `https://ngo.example/vote?m=qingyuan-2007&c=${encodeURIComponent(codes[0]!.code)}`,
    );
    expect(squares).toBe(darkModules(urls[0]!) + darkModules(urls[1]!) + 2);
  });

  const cjk = findCjkFont();
  it.skipIf(cjk === undefined)('prints a Chinese title with an embedded CJK font', async () => {
    const pdf = await qrSheetPdf(codes.slice(0, 1), {
      title: '2007 年项目评审会',
      fallbackTitle: '2007 review meeting',
      meetingId: 'qingyuan-2007',
      font: cjk!,
    });
    const { raw, content } = readPdf(pdf);
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+\S*CJK|\/BaseFont \/[A-Z]{6}\+WenQuanYi/);
    expect(shownText(content)).not.toContain('2007 review meeting');
    // The embedded subset maps its glyphs back to 年 (U+5E74) and 审 (U+5BA1) for copy and search.
    expect(content.toLowerCase()).toContain('<5e74>');
    expect(content.toLowerCase()).toContain('<5ba1>');
  });
});
