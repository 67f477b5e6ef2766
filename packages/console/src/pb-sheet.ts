import {
  exactNumberToJSON,
  parsePabulib,
  pbBallotRulesFromPabulib,
  type PabulibInstance,
  type Locale,
} from '@qingyuan/core';
import { consoleText } from './console-messages.js';

/** A ballot sheet read from a `.pb` file, or every problem found, in the console's words. */
export type PbSheetResult =
  | { ok: true; sheet: Record<string, unknown>; instance: PabulibInstance }
  | { ok: false; problems: string[] };

/**
 * The ballot sheet a Pabulib `.pb` file describes, as `POST /organizations/:id/pb-elections`
 * takes it: the ballot rules of its META (`vote_type`, limits), its budget, each project with
 * its cost (and `category` as its categories), the file's `description` as the title, each
 * project's `name` as its title, and the `currency` when META gives one. The VOTES of the file
 * are not part of a sheet (a new election starts with no ballot). Problems name their line.
 *
 * @example
 * const read = pbSheetFromPabulib(await file.text(), 'en');
 * if (read.ok) await box.json(url, { method: 'POST', body: { id, sheet: read.sheet, rule } });
 */
export function pbSheetFromPabulib(text: string, locale: Locale): PbSheetResult {
  const parsed = parsePabulib(text);
  if (!parsed.ok) {
    return { ok: false, problems: parsed.violations.map((v) => v.message[locale]) };
  }
  const instance = parsed.value;
  const rules = pbBallotRulesFromPabulib(instance);
  if (rules === null) {
    return {
      ok: false,
      problems: [consoleText(locale)('pbNoBallotFormat', { voteType: instance.voteType })],
    };
  }
  const meta = instance.meta;
  const currency = meta.currency?.trim().toUpperCase();
  const title = (meta.description ?? meta.instance ?? '').trim();
  const sheet: Record<string, unknown> = {
    ...(title !== '' ? { title } : {}),
    ...(currency !== undefined && /^[A-Z]{3}$/.test(currency) ? { currency } : {}),
    rules: { ...rules },
    budget: exactNumberToJSON(instance.budget),
    projects: instance.projects.map((project) => {
      const name = project.extra.name?.trim();
      const categories = (project.extra.category ?? '')
        .split(',')
        .map((c) => c.trim())
        .filter((c) => c !== '');
      return {
        id: project.id,
        cost: exactNumberToJSON(project.cost),
        ...(categories.length > 0 ? { categories } : {}),
        ...(name !== undefined && name !== '' ? { title: name } : {}),
      };
    }),
  };
  return { ok: true, sheet, instance };
}
