import type { Locale, MessageParams } from '@qingyuan/core';
import type { DocumentResult } from '../data/document-result.js';
import { boxResultsDocument } from './box-results-document.js';
import type { PbResults } from './pb-results-data.js';
import type { PbResultsMessageKey } from './pb-results.messages.js';
import { readPbResults } from './read-pb-results.js';

type T = (key: PbResultsMessageKey, params?: MessageParams) => string;

/** A box answer: its JSON body, or the problem in the reader's words. */
type BoxAnswer = { ok: true; body: unknown } | { ok: false; message: string };

/**
 * GETs `url` from the ballot box in `locale` (`Accept-Language`): the JSON body, or a localized
 * problem naming the address — the box's own localized message when it gave one (a `409`
 * "voting is still open", a `404` unknown receipt).
 *
 * @example
 * const answer = await getFromBox('/api/organizations/o/pb-elections/e/results', 'en', t);
 */
export async function getFromBox(
  url: string,
  locale: Locale,
  t: T,
  signal?: AbortSignal,
): Promise<BoxAnswer> {
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { accept: 'application/json', 'accept-language': locale },
      ...(signal ? { signal } : {}),
    });
  } catch (error) {
    return { ok: false, message: t('unreachable', { url, detail: String(error) }) };
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (response.ok) return { ok: true, body };
  const message = (body as { message?: unknown } | undefined)?.message;
  return {
    ok: false,
    message:
      typeof message === 'string'
        ? t('boxRefused', { url, status: response.status, message })
        : t('httpError', { url, status: response.status }),
  };
}

/**
 * The results of a ballot box's closed PB election at `endpoint`
 * (`…/organizations/{org}/pb-elections/{id}`): reads its `results`, its ballot `sheet` (project
 * names and costs) and, under Equal Shares, its `explanation`, then checks them as a results
 * document (`readPbResults`) for one list (`district`; `null`: the city-wide list). Every problem —
 * unreachable, refused (still open), malformed — is a localized issue naming where.
 *
 * @example
 * const read = await readBoxPbResults('/api/organizations/org-1/pb-elections/pb-7', null, 'en', t);
 * if (read.ok) read.value.outcome.selected;
 */
export async function readBoxPbResults(
  endpoint: string,
  district: string | null,
  locale: Locale,
  t: T,
): Promise<DocumentResult<PbResults>> {
  const base = endpoint.replace(/\/+$/, '');
  const [results, sheet] = await Promise.all([
    getFromBox(`${base}/results`, locale, t),
    getFromBox(`${base}/sheet`, locale, t),
  ]);
  if (!results.ok) return { ok: false, issues: [{ where: '', message: results.message }] };
  if (!sheet.ok) return { ok: false, issues: [{ where: '', message: sheet.message }] };
  const rule = (results.body as { rule?: { name?: unknown } } | null)?.rule?.name;
  let explanation: unknown;
  if (rule === 'equal-shares') {
    const explained = await getFromBox(`${base}/explanation`, locale, t);
    if (!explained.ok) return { ok: false, issues: [{ where: '', message: explained.message }] };
    explanation = explained.body;
  }
  const { document, ballots, approvalReading, certifiedAt } = boxResultsDocument(
    { results: results.body, sheet: sheet.body, explanation },
    district,
    locale,
  );
  const read = readPbResults(document, locale);
  if (!read.ok) return read;
  return {
    ok: true,
    value: { ...read.value, box: { endpoint: base, ballots, approvalReading, certifiedAt } },
  };
}
