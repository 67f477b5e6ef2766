/** Where `<qy-needs-survey box collection>` reads its survey and sends its response. */
export interface SurveyBoxAddresses {
  /** The collection's survey document (`GET {box}/collections/{id}/survey`), or ''. */
  readonly survey: string;
  /** The collection's items (`POST {box}/collections/{id}/items`), or ''. */
  readonly items: string;
}

/**
 * The ballot box's addresses of a survey-response collection, resolved against the page
 * (`box` may be relative); both '' unless `box` and `collection` are set.
 *
 * @example
 * surveyBoxAddresses('https://box.example/', 'col-7K2Q');
 * // { survey: 'https://box.example/collections/col-7K2Q/survey', items: '…/col-7K2Q/items' }
 */
export function surveyBoxAddresses(box: string, collection: string): SurveyBoxAddresses {
  const base = box.trim();
  const id = collection.trim();
  if (!base || !id) return { survey: '', items: '' };
  const root = new URL(base.endsWith('/') ? base : `${base}/`, document.baseURI);
  const at = (leaf: string) => new URL(`collections/${encodeURIComponent(id)}/${leaf}`, root).href;
  return { survey: at('survey'), items: at('items') };
}
