import { Hono, type Context } from 'hono';
import type { HTTPException } from 'hono/http-exception';
import type { Kysely } from 'kysely';
import { hash } from 'node:crypto';
import {
  PbBallotElectionSchema,
  PbBallotTextsSchema,
  Rational,
  canonicalJson,
  checkPbBallot,
  exactNumberToJSON,
  explainEqualSharesProject,
  explainVoterShare,
  parseDocument,
  pbBallotElectionFromJSON,
  type PbBallotElectionJSON,
  type PbBallotJSON,
  type Violation,
} from '@qingyuan/core';
import { verifyChain } from '../../audit/hash-chain.js';
import type { BallotBoxTables } from '../../db/database-schema.js';
import { reconcilePaper } from '../../pb/paper-reconciliation.js';
import { pbPabulibExport, type ExportedPbBallot } from '../../pb/pb-pabulib-export.js';
import { exactJSON, pbExplanations, pbOutcome } from '../../pb/pb-outcome.js';
import { pbAuditLog } from '../../storage/pb-audit-log.js';
import { certifyPbElection, type UnreconciledPaper } from '../../storage/pb-certification.js';
import { castPbBallot, pbBallots } from '../../storage/pb-ballots.js';
import {
  createPbElection,
  listPbElections,
  movePbElection,
  updatePbElection,
  type PbElectionChange,
  type PbElectionRecord,
  type PbElectionStatus,
  type PbRule,
} from '../../storage/pb-elections.js';
import {
  enterPaperBallot,
  paperEntries,
  withdrawPaperEntry,
} from '../../storage/pb-paper-entries.js';
import { addPbCensus, issuePbCodes, pbCodeState, pbVoterCounts } from '../../storage/pb-voters.js';
import { organizationMember } from '../access/organization-member.js';
import {
  memberPbElection,
  pbElectionNotFound,
  publicPbElection,
} from '../access/pb-election-access.js';
import { accessRoles } from '../access/roles.js';
import type { BallotBoxEnv } from '../app-env.js';
import { errorResponse, httpProblem, localizeViolations, validate } from '../error-responses.js';
import { idempotencyKeyOf, idempotencyKeyReused, replayedStatus } from '../idempotency-key.js';
import {
  CastPbBallotRequestSchema,
  CreatePbElectionRequestSchema,
  IssuePbCodesRequestSchema,
  PaperBallotRequestSchema,
  PbCensusRequestSchema,
  PbCodeCheckRequestSchema,
  UpdatePbElectionRequestSchema,
  pbBallotOf,
  pbSheetOf,
} from '../pb-election-requests.js';
import { limitPerCode } from '../middleware/rate-limit-per-code.js';
import { readJson } from '../request-json.js';
import { pageLimit } from '../../storage/keyset-page.js';

type C = Context<BallotBoxEnv>;

const STATUS_ZH: Record<PbElectionStatus, string> = {
  draft: '草稿',
  open: '投票中',
  closed: '已截止',
};

/** The `409 wrong-status` answer, to throw: the election is not where the request needs it. */
function wrongStatus(
  c: C,
  status: PbElectionStatus,
  needs: { en: string; zh: string },
): HTTPException {
  return httpProblem(
    c,
    409,
    'wrong-status',
    {
      en: `The PB election is ${status}; ${needs.en}`,
      'zh-CN': `该参与式预算投票当前为"${STATUS_ZH[status]}"；${needs.zh}`,
    },
    { status },
  );
}

/** The `409 rule-violation` answer listing every rule a ballot breaks, localized, to throw. */
function ballotViolations(c: C, violations: readonly Violation[]): HTTPException {
  return httpProblem(
    c,
    409,
    'rule-violation',
    {
      en: 'The ballot breaks the rules of this PB election',
      'zh-CN': '选票不符合本次参与式预算投票的规则',
    },
    { violations: localizeViolations(c, violations) },
  );
}

/** The election part of a stored sheet (checked by core when it was stored). */
function electionOf(record: PbElectionRecord): PbBallotElectionJSON {
  const parsed = parseDocument(PbBallotElectionSchema, record.sheet);
  if (!parsed.ok) throw new Error(`PB election ${record.id}: stored sheet no longer valid`);
  return parsed.value;
}

/** What anyone may read of an election (its sheet is what `<qy-pb-ballot src>` reads). */
async function electionView(c: C, record: PbElectionRecord) {
  const db = c.var.repository.pb.db;
  const [voters, ballots] = await Promise.all([
    pbVoterCounts(db, record.id),
    db
      .selectFrom('pb_ballots')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('election_id', '=', record.id)
      .executeTakeFirstOrThrow(),
  ]);
  return {
    id: record.id,
    organization: record.organization,
    status: record.status,
    rule: record.rule,
    sheet: record.sheet,
    voters: { ...voters, voted: Number(ballots.n) },
    certifiedAt: record.certifiedAt,
    log: record.log,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
  };
}

/** The checks `check` runs on a ballot: core's `checkPbBallot` against the election as stored. */
function ballotCheck(ballot: PbBallotJSON) {
  return (record: PbElectionRecord): readonly Violation[] => {
    const result = checkPbBallot(pbBallotElectionFromJSON(electionOf(record)), ballot);
    return result.ok ? [] : result.violations;
  };
}

/** The changed election; throws `404` when there is none and `409` for a refused change. */
function changed(
  c: C,
  outcome: PbElectionChange | undefined,
  needs: { en: string; zh: string },
): PbElectionRecord {
  if (outcome === undefined) throw pbElectionNotFound(c);
  if (!outcome.ok) throw wrongStatus(c, outcome.status, needs);
  return outcome.record;
}

/** The ballots counted: every online ballot and every reconciled paper ballot. */
async function countedBallots(
  db: Kysely<BallotBoxTables>,
  record: PbElectionRecord,
  election: PbBallotElectionJSON,
) {
  const [online, entries] = await Promise.all([
    pbBallots(db, record.id),
    paperEntries(db, record.id),
  ]);
  const paper = reconcilePaper(entries, election.rules.format);
  const ballots: ExportedPbBallot[] = [
    ...online.map((b) => ({ voter: b.voter, method: 'internet' as const, ballot: b.ballot })),
    ...paper.counted.map((p) => ({
      voter: `paper-${p.number}`,
      method: 'paper' as const,
      ballot: p.ballot,
    })),
  ];
  return { online, paper, ballots };
}

/**
 * The results of a closed election as `GET …/results` answers them: every list's outcome under
 * the rule with core's analytics and EJR/PJR checks, how many ballots came from paper, and
 * whether the count is `provisional` (not certified: paper ballots may still be entered or
 * corrected) or `final` (certified; nothing changes it any more).
 */
async function pbResults(db: Kysely<BallotBoxTables>, record: PbElectionRecord) {
  const election = electionOf(record);
  const { online, paper, ballots } = await countedBallots(db, record, election);
  const lists = pbOutcome(
    election,
    ballots.map((b) => b.ballot),
    record.rule,
  );
  const cost = lists.reduce((sum, list) => sum.add(Rational.parse(list.cost)), Rational.ZERO);
  return {
    election: record.id,
    status: record.status,
    standing: record.certifiedAt === null ? ('provisional' as const) : ('final' as const),
    certifiedAt: record.certifiedAt,
    rule: record.rule,
    format: election.rules.format,
    approvalReading: election.rules.format === 'cumulative' || election.rules.format === 'ordinal',
    ballots: { total: ballots.length, online: online.length, paper: paper.counted.length },
    paper: paper.totals,
    unreconciled: paper.papers.flatMap((p): UnreconciledPaper[] =>
      p.status === 'matched' ? [] : [{ number: p.number, status: p.status }],
    ),
    selected: lists.flatMap((list) => list.selected),
    cost: exactNumberToJSON(cost),
    lists,
    log: record.log,
  };
}

/**
 * The hash of an outcome the `pb.certified` log entry holds: SHA-256 (hex) of the canonical
 * JSON of the results' `lists`, so anyone holding the log can check the published outcome.
 *
 * @example
 * outcomeHash(results.lists); // '3f…'
 */
export function outcomeHash(lists: unknown): string {
  return hash('sha256', canonicalJson(lists), 'hex');
}

/** The paper ballots not reconciled, in words: `P-2 (entries differ), P-3 (one entry)`. */
function unreconciledWords(papers: readonly UnreconciledPaper[]) {
  const list = (words: Record<UnreconciledPaper['status'], string>, sep: string) =>
    papers.map((p) => `${p.number}${words[p.status]}`).join(sep);
  return {
    en: list({ waiting: ' (waiting for its second entry)', mismatched: ' (entries differ)' }, ', '),
    zh: list({ waiting: '（等待第二次录入）', mismatched: '（两次录入不一致）' }, '、'),
  };
}

/** The refusals a paper entry and its withdrawal share (the storage's reasons). */
type PaperRefusal =
  | { reason: 'unknown-election' }
  | { reason: 'status'; status: PbElectionStatus }
  | { reason: 'certified'; certifiedAt: string };

/**
 * The answer to a paper entry or withdrawal the storage refused: 404 without the election,
 * `409 wrong-status` before voting opened, `409 outcome-certified` once the count is certified.
 */
function paperRefusal(c: C, election: string, refusal: PaperRefusal): Response {
  if (refusal.reason === 'unknown-election') throw pbElectionNotFound(c);
  if (refusal.reason === 'status') {
    throw wrongStatus(c, refusal.status, {
      en: 'paper ballots are entered once voting has opened',
      zh: '投票开始后才能录入纸质选票',
    });
  }
  const { certifiedAt } = refusal;
  return errorResponse(
    c,
    409,
    'outcome-certified',
    {
      en: `The count of PB election ${election} was certified at ${certifiedAt}: its outcome is final, so no paper ballot can be entered or corrected any more`,
      'zh-CN': `参与式预算投票 ${election} 的计票结果已于 ${certifiedAt} 认证：结果为最终结果，不能再录入或更正纸质选票`,
    },
    { certifiedAt },
  );
}

/** The closed election of the request (results, explanation, export); else throws 409. */
async function closedElection(c: C): Promise<PbElectionRecord> {
  const record = await publicPbElection(c);
  if (record.status !== 'closed') {
    throw wrongStatus(c, record.status, {
      en: 'results are counted once voting is closed',
      zh: '投票截止后才计票',
    });
  }
  return record;
}

/**
 * Participatory-budgeting elections of an organisation, mounted at `/organizations`
 * (`/:id/pb-elections…`). Its operators, coordination group (`organizer` credentials) and
 * officers list them (`GET`, page by page: `?after=<last id>&limit=`); the first two
 * create one (`POST`; id, ballot sheet — core's `PbBallotElection` with the texts — and rule,
 * every problem named and localized), change it while in draft (`PATCH`; the ballot format,
 * limits and rule are locked once voting opens: `409`), issue voting codes (`/codes`) and add
 * a hashed census (`/census`), open and close it. A voter's page may first ask about a code
 * (`/codes/check`: `valid`, `already-used` or `not-valid`, nothing more). Voters cast with a code or census identifier
 * (`/ballots`; core's `checkPbBallot`, every violation a `409`; one ballot per voter;
 * `Idempotency-Key` retries answered again) and get a receipt. Officers enter each paper ballot
 * (`/paper-ballots`, while voting is open and after it closed); one counts once two different
 * officers' entries match (`/reconciliation` lists every mismatch); an officer withdraws their
 * own entry of a number (`DELETE /paper-ballots/:number`: one typed under a number that does
 * not exist). Once closed anyone reads
 * the results (core's rule, exactly, with its analytics and EJR/PJR checks; how many ballots
 * came from paper), `provisional` until an operator or organizer certifies the count
 * (`/certify`: refused while any paper ballot is not reconciled; logged as `pb.certified` with
 * the outcome's hash), `final` after, when every paper entry is refused. Also the Equal Shares
 * explanation (per project, per receipt), the Pabulib `.pb` export and the hash-chained log.
 *
 * @example
 * app.route('/organizations', pbElectionRoutes());
 */
export function pbElectionRoutes(): Hono<BallotBoxEnv> {
  const routes = new Hono<BallotBoxEnv>();
  const one = '/:id/pb-elections/:election';

  routes.post('/:id/pb-elections', async (c) => {
    const member = await organizationMember(c, c.req.param('id'), accessRoles.pbOrganizers);
    const body = validate(c, CreatePbElectionRequestSchema, await readJson(c));
    const sheet = pbSheetOf(c, body.sheet);
    const record = await createPbElection(c.var.repository.pb, {
      id: body.id,
      organization: member.organization,
      sheet: sheet.document,
      rule: body.rule as PbRule,
    });
    if (record === undefined) {
      return errorResponse(c, 409, 'id-taken', {
        en: `There is already a PB election with the id ${body.id}`,
        'zh-CN': `已有 id 为 ${body.id} 的参与式预算投票`,
      });
    }
    return c.json(await electionView(c, record), 201);
  });

  // Officers list them too: they find the election whose paper ballots they enter.
  routes.get('/:id/pb-elections', async (c) => {
    const member = await organizationMember(c, c.req.param('id'), accessRoles.pbOfficers);
    return c.json(
      await listPbElections(
        c.var.repository.pb.db,
        member.organization,
        c.req.query('after') || undefined,
        pageLimit(c.req.query('limit')),
      ),
    );
  });

  routes.get(one, async (c) => c.json(await electionView(c, await publicPbElection(c))));

  // The sheet alone, for `<qy-pb-ballot src="…/sheet">` (the element reads the document itself).
  routes.get(`${one}/sheet`, async (c) => c.json((await publicPbElection(c)).sheet));

  routes.patch(one, async (c) => {
    const { election } = await memberPbElection(c, accessRoles.pbOrganizers);
    const body = validate(c, UpdatePbElectionRequestSchema, await readJson(c));
    const sheet = body.sheet === undefined ? undefined : pbSheetOf(c, body.sheet).document;
    const outcome = await updatePbElection(c.var.repository.pb, election.id, {
      ...(sheet === undefined ? {} : { sheet }),
      ...(body.rule === undefined ? {} : { rule: body.rule as PbRule }),
    });
    const changedTo = changed(c, outcome, {
      en: 'the ballot format, limits, projects and rule are locked once voting opens',
      zh: '投票开始后，选票格式、限制、项目和计票规则均已锁定',
    });
    return c.json(await electionView(c, changedTo));
  });

  routes.post(`${one}/codes`, async (c) => {
    const { election } = await memberPbElection(c, accessRoles.pbOrganizers);
    const body = validate(c, IssuePbCodesRequestSchema, await readJson(c));
    const outcome = await issuePbCodes(c.var.repository.pb, election.id, body.count);
    if (outcome === undefined) throw pbElectionNotFound(c);
    if (!outcome.ok) {
      throw wrongStatus(c, outcome.status, {
        en: 'no voters can be added after voting closed',
        zh: '投票截止后不能再增加投票人',
      });
    }
    c.header('Cache-Control', 'no-store');
    return c.json({ election: election.id, codes: outcome.value }, 201);
  });

  routes.post(`${one}/census`, async (c) => {
    const { election } = await memberPbElection(c, accessRoles.pbOrganizers);
    const body = validate(c, PbCensusRequestSchema, await readJson(c));
    const outcome = await addPbCensus(c.var.repository.pb, election.id, body.hashes);
    if (outcome === undefined) throw pbElectionNotFound(c);
    if (!outcome.ok) {
      throw wrongStatus(c, outcome.status, {
        en: 'no voters can be added after voting closed',
        zh: '投票截止后不能再增加投票人',
      });
    }
    return c.json({ election: election.id, ...outcome.value }, 201);
  });

  routes.post(`${one}/open`, async (c) => {
    const { election } = await memberPbElection(c, accessRoles.pbOrganizers);
    const outcome = await movePbElection(
      c.var.repository.pb,
      election.id,
      'draft',
      'open',
      'pb.opened',
    );
    const changedTo = changed(c, outcome, {
      en: 'only a draft opens',
      zh: '只有草稿状态可以开始投票',
    });
    return c.json(await electionView(c, changedTo));
  });

  routes.post(`${one}/close`, async (c) => {
    const { election } = await memberPbElection(c, accessRoles.pbOrganizers);
    const outcome = await movePbElection(
      c.var.repository.pb,
      election.id,
      'open',
      'closed',
      'pb.closed',
    );
    const changedTo = changed(c, outcome, {
      en: 'only open voting closes',
      zh: '只有投票中的状态可以截止',
    });
    return c.json(await electionView(c, changedTo));
  });

  routes.post(`${one}/certify`, async (c) => {
    const { election, credential } = await memberPbElection(c, accessRoles.pbOrganizers);
    const outcome = await certifyPbElection(
      c.var.repository.pb,
      election.id,
      async (db, record) => {
        const results = await pbResults(db, record);
        if (results.unreconciled.length > 0)
          return { ok: false, unreconciled: results.unreconciled };
        return {
          ok: true,
          logged: {
            by: credential.id,
            ballots: results.ballots,
            selected: results.selected,
            outcome: outcomeHash(results.lists),
          },
        };
      },
    );
    if (!outcome.ok) {
      switch (outcome.reason) {
        case 'unknown-election':
          throw pbElectionNotFound(c);
        case 'status':
          throw wrongStatus(c, outcome.status, {
            en: 'the count is certified once voting is closed',
            zh: '投票截止后才能认证计票结果',
          });
        case 'certified':
          return errorResponse(
            c,
            409,
            'already-certified',
            {
              en: `The count of PB election ${election.id} was already certified at ${outcome.certifiedAt}; its outcome is final`,
              'zh-CN': `参与式预算投票 ${election.id} 的计票结果已于 ${outcome.certifiedAt} 认证，结果为最终结果`,
            },
            { certifiedAt: outcome.certifiedAt },
          );
        case 'unreconciled': {
          const words = unreconciledWords(outcome.papers);
          return errorResponse(
            c,
            409,
            'paper-unreconciled',
            {
              en: `The count cannot be certified: ${outcome.papers.length} paper ballot(s) not reconciled yet: ${words.en}. Every paper ballot must be entered alike by two officers first`,
              'zh-CN': `尚不能认证计票结果：有 ${outcome.papers.length} 张纸质选票尚未核对一致：${words.zh}。每张纸质选票须先由两名工作人员录入一致`,
            },
            { papers: outcome.papers },
          );
        }
      }
    }
    return c.json(await electionView(c, outcome.record));
  });

  // A voter's code asked about before any choice: one word about that code and nothing else,
  // on the per-code tokens of the ballots themselves, so guessing is no cheaper here.
  routes.post(`${one}/codes/check`, async (c) => {
    const body = validate(c, PbCodeCheckRequestSchema, await readJson(c));
    limitPerCode(c, pbCodeKey(c), body.code, {
      en: 'Too many checks of this code; try again shortly',
      'zh-CN': '此投票码核对过于频繁，请稍后再试',
    });
    const election = await publicPbElection(c);
    return c.json({ result: await pbCodeState(c.var.repository.pb.db, election.id, body.code) });
  });

  routes.post(`${one}/ballots`, async (c) => {
    const body = validate(c, CastPbBallotRequestSchema, await readJson(c));
    const idempotencyKey = idempotencyKeyOf(c);
    limitPerCode(c, pbCodeKey(c), body.code, {
      en: 'Too many ballots with this code; try again shortly',
      'zh-CN': '此投票码提交过于频繁，请稍后再试',
    });
    const election = await publicPbElection(c);
    const ballot = pbBallotOf(body);
    const outcome = await castPbBallot(
      c.var.repository.pb,
      election.id,
      { secret: body.code, ballot, idempotencyKey },
      ballotCheck(ballot),
    );
    if (!outcome.ok) {
      switch (outcome.reason) {
        case 'unknown-election':
          throw pbElectionNotFound(c);
        case 'invalid-code':
          return errorResponse(c, 401, 'invalid-code', {
            en: 'This voting code or census identifier is not valid for this PB election',
            'zh-CN': '此投票码或名册身份标识对本次参与式预算投票无效',
          });
        case 'idempotency-key-reused':
          return idempotencyKeyReused(c, {
            en: 'This Idempotency-Key was already used with a different ballot',
            'zh-CN': '此 Idempotency-Key 已用于另一张选票',
          });
        case 'already-voted':
          return errorResponse(
            c,
            409,
            'already-voted',
            {
              en: 'This voter has already voted; a PB ballot cannot be changed',
              'zh-CN': '此投票人已经投过票；参与式预算选票不能更改',
            },
            { castAt: outcome.castAt },
          );
        case 'status':
          throw wrongStatus(c, outcome.status, {
            en: 'ballots are accepted while voting is open',
            zh: '只在投票进行中接受选票',
          });
        case 'rules':
          throw ballotViolations(c, outcome.violations);
      }
    }
    return c.json(
      {
        election: election.id,
        voter: outcome.voter,
        receipt: outcome.receipt,
        replaced: false,
        logSeq: outcome.logSeq,
        castAt: outcome.castAt,
      },
      replayedStatus(c, outcome.replayed),
    );
  });

  routes.post(`${one}/paper-ballots`, async (c) => {
    const { election, credential } = await memberPbElection(c, accessRoles.pbOfficers);
    const body = validate(c, PaperBallotRequestSchema, await readJson(c));
    const ballot = pbBallotOf(body);
    const outcome = await enterPaperBallot(
      c.var.repository.pb,
      election.id,
      { number: body.number, officer: credential.id, ballot },
      ballotCheck(ballot),
    );
    if (!outcome.ok) {
      if (outcome.reason === 'rules') throw ballotViolations(c, outcome.violations);
      return paperRefusal(c, election.id, outcome);
    }
    const format = electionOf(election).rules.format;
    const paper = reconcilePaper(await paperEntries(c.var.repository.pb.db, election.id), format);
    const reconciled = paper.papers.find((p) => p.number === body.number)!;
    return c.json(
      {
        election: election.id,
        number: body.number,
        officer: credential.id,
        replaced: outcome.replaced,
        logSeq: outcome.entry.logSeq,
        enteredAt: outcome.entry.enteredAt,
        paper: reconciled,
      },
      outcome.replaced ? 200 : 201,
    );
  });

  routes.delete(`${one}/paper-ballots/:number`, async (c) => {
    const { election, credential } = await memberPbElection(c, accessRoles.pbOfficers);
    const number = c.req.param('number').trim();
    const outcome = await withdrawPaperEntry(c.var.repository.pb, election.id, {
      number,
      officer: credential.id,
    });
    if (!outcome.ok) {
      if (outcome.reason !== 'no-entry') return paperRefusal(c, election.id, outcome);
      return errorResponse(c, 404, 'no-such-entry', {
        en: `You have no entry of paper ballot ${number} in this PB election`,
        'zh-CN': `您在本次参与式预算投票中没有录入过纸质选票 ${number}`,
      });
    }
    const format = electionOf(election).rules.format;
    const paper = reconcilePaper(await paperEntries(c.var.repository.pb.db, election.id), format);
    return c.json({
      election: election.id,
      number,
      officer: credential.id,
      logSeq: outcome.logSeq,
      withdrawnAt: outcome.at,
      paper: paper.papers.find((p) => p.number === number) ?? null,
    });
  });

  routes.get(`${one}/reconciliation`, async (c) => {
    const { election } = await memberPbElection(c, accessRoles.pbOfficers);
    const format = electionOf(election).rules.format;
    const paper = reconcilePaper(await paperEntries(c.var.repository.pb.db, election.id), format);
    return c.json({ election: election.id, totals: paper.totals, papers: paper.papers });
  });

  routes.get(`${one}/results`, async (c) =>
    c.json(await pbResults(c.var.repository.pb.db, await closedElection(c))),
  );

  routes.get(`${one}/explanation`, async (c) => {
    const record = await closedElection(c);
    if (record.rule.name !== 'equal-shares') {
      return errorResponse(c, 409, 'not-equal-shares', {
        en: `This election is counted with ${record.rule.name}; the explanation is of the Method of Equal Shares`,
        'zh-CN': `本次投票采用 ${record.rule.name} 计票；解释仅适用于平等份额法（Equal Shares）`,
      });
    }
    const election = electionOf(record);
    const { ballots, online } = await countedBallots(c.var.repository.pb.db, record, election);
    const explained = pbExplanations(
      election,
      ballots.map((b) => b.ballot),
      record.rule,
    );
    const locale = c.var.locale;
    const project = c.req.query('project');
    const receipt = c.req.query('receipt');
    if (project !== undefined) {
      for (const { district, explanation } of explained) {
        const story = explainEqualSharesProject(explanation, project);
        if (story !== null) {
          return c.json({
            election: record.id,
            project: {
              district,
              ...(exactJSON({ ...story, text: undefined }) as Record<string, unknown>),
              text: story.text[locale],
            },
          });
        }
      }
      return errorResponse(c, 404, 'no-such-project', {
        en: `This election has no project ${project}`,
        'zh-CN': `本次投票没有项目 ${project}`,
      });
    }
    if (receipt !== undefined) {
      const cast = online.find((b) => b.receipt === receipt.toLowerCase());
      if (cast === undefined) {
        return errorResponse(c, 404, 'no-such-receipt', {
          en: 'No counted ballot has this receipt',
          'zh-CN': '没有计入的选票使用此回执',
        });
      }
      const shares = explained.flatMap(({ district, explanation }) => {
        if (district !== null && cast.ballot.district !== district) return [];
        const ids = new Set(
          election.projects.filter((p) => (p.district ?? null) === district).map((p) => p.id),
        );
        const share = explainVoterShare(
          explanation,
          cast.ballot.projects.filter((id) => ids.has(id)),
        );
        return share === null
          ? []
          : [{ district, share: exactJSON(share.share), text: share.text[locale] }];
      });
      return c.json({ election: record.id, receipt: cast.receipt, shares });
    }
    return c.json({
      election: record.id,
      lists: explained.map(({ district, explanation }) => ({
        district,
        explanation: exactJSON(explanation),
      })),
    });
  });

  routes.get(`${one}/export/pabulib`, async (c) => {
    const record = await closedElection(c);
    const election = electionOf(record);
    const texts = parseDocument(PbBallotTextsSchema, record.sheet);
    const { ballots } = await countedBallots(c.var.repository.pb.db, record, election);
    const outcome = pbOutcome(
      election,
      ballots.map((b) => b.ballot),
      record.rule,
    );
    const text = pbPabulibExport({
      id: record.id,
      sheet: election,
      texts: texts.ok ? texts.value : { projects: [] },
      rule: record.rule,
      ballots,
      outcome,
    });
    c.header('Content-Disposition', `attachment; filename="${record.id}.pb"`);
    return c.body(text, 200, { 'Content-Type': 'text/plain; charset=utf-8' });
  });

  routes.get(`${one}/export/log`, async (c) => {
    const record = await publicPbElection(c);
    const log = await pbAuditLog(c.var.repository.pb.db, record.id);
    return c.json({
      election: record.id,
      log,
      head: record.log,
      problems: verifyChain(log),
    });
  });

  return routes;
}

/** The per-code rate limit's scope of a PB election: checks and ballots spend the same tokens. */
function pbCodeKey(c: Context<BallotBoxEnv>): string {
  return `pb:${c.req.param('id')}/${c.req.param('election')}`;
}
