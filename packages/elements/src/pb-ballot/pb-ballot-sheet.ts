import {
  parseDocument,
  pbBallotElectionFromJSON,
  PbBallotElectionSchema,
  PbBallotTextsSchema,
  type LocalizedText,
  type PbBallotElection,
  type PbBallotElectionJSON,
  type PbBallotProject,
  type PbBallotTexts,
  type Locale,
} from '@qingyuan/core';
import type { DocumentResult } from '../data/document-result.js';

/** A project as `<qy-pb-ballot>` shows it: core's project plus its texts. */
export interface PbSheetProject extends PbBallotProject {
  readonly title?: LocalizedText;
  readonly description?: LocalizedText;
}

/**
 * The document `<qy-pb-ballot>` reads: core's `PbBallotElection` (the rules every ballot is
 * checked against) with the texts voters read. `json` is the election part as given, `election`
 * the same with exact numbers (what core's `checkPbBallot` takes).
 */
export interface PbBallotSheet {
  readonly json: PbBallotElectionJSON;
  readonly election: PbBallotElection;
  readonly texts: PbBallotTexts;
  readonly projects: readonly PbSheetProject[];
  /** The same projects by id. */
  readonly byId: ReadonlyMap<string, PbSheetProject>;
}

/**
 * Reads a PB ballot sheet: the election part with core's `PbBallotElectionSchema`, the texts
 * with {@link PbBallotTextsSchema}; every issue of both, localized, with its place.
 *
 * @example
 * const result = parsePbBallotSheet({ rules: { format: 'approval' }, budget: 100,
 *   projects: [{ id: 'a', cost: 60, title: 'Trees' }] }, 'en');
 * if (result.ok) result.value.projects[0].title; // 'Trees'
 */
export function parsePbBallotSheet(data: unknown, locale: Locale): DocumentResult<PbBallotSheet> {
  const election = parseDocument(PbBallotElectionSchema, data, { locale });
  const texts = parseDocument(PbBallotTextsSchema, data, { locale });
  if (!election.ok || !texts.ok) {
    return {
      ok: false,
      issues: [...(election.ok ? [] : election.issues), ...(texts.ok ? [] : texts.issues)],
    };
  }
  const core = pbBallotElectionFromJSON(election.value);
  const textById = new Map(texts.value.projects.map((project) => [project.id, project]));
  const projects = core.projects.map((project): PbSheetProject => {
    const text = textById.get(project.id);
    return {
      ...project,
      ...(text?.title === undefined ? {} : { title: text.title }),
      ...(text?.description === undefined ? {} : { description: text.description }),
    };
  });
  return {
    ok: true,
    value: {
      json: election.value,
      election: core,
      texts: texts.value,
      projects,
      byId: new Map(projects.map((project) => [project.id, project])),
    },
  };
}

/** The city-wide list's key among {@link ballotLists} (districts use their own name). */
export const CITY_LIST = '';

/**
 * The lists a voter of `district` votes, in the order they are shown: their district's list
 * first, then the city-wide list; lists without projects are left out. A voter without a
 * district votes the city-wide list only.
 *
 * @example
 * ballotLists(sheet, 'north'); // ['north', '']
 */
export function ballotLists(sheet: PbBallotSheet, district: string | undefined): string[] {
  const lists: string[] = [];
  if (district !== undefined && sheet.projects.some((p) => p.district === district)) {
    lists.push(district);
  }
  if (sheet.projects.some((p) => p.district === undefined)) lists.push(CITY_LIST);
  return lists;
}

/**
 * The districts of an election: those with a sub-budget and those a project belongs to, in
 * the order first met.
 *
 * @example
 * districtsOf(sheet); // ['north', 'south']
 */
export function districtsOf(sheet: PbBallotSheet): string[] {
  return [
    ...new Set([
      ...Object.keys(sheet.json.districtBudgets ?? {}),
      ...sheet.projects.flatMap((p) => (p.district === undefined ? [] : [p.district])),
    ]),
  ];
}
