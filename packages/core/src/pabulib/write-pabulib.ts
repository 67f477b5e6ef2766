import type { Rational } from '../math/rational.js';
import type { PabulibInstance } from './pabulib-instance.js';
import { formatPbField } from './pb-fields.js';

/**
 * Writes an instance as a Pabulib `.pb` file: META (with `budget` and `vote_type` taken from
 * the typed fields), PROJECTS and VOTES, each with its header row, `;`-separated, fields
 * quoted where needed, `\n` line ends. Exact numbers are written as integers or decimals, and
 * as `p/q` only when they have no finite decimal form. `parsePabulib(writePabulib(x))` gives
 * back `x`.
 *
 * @example
 * const result = parsePabulib(text);
 * if (result.ok) writeFileSync('copy.pb', writePabulib(result.value));
 */
export function writePabulib(instance: PabulibInstance): string {
  const out: string[] = ['META', 'key;value'];
  const meta: [string, string][] = Object.entries(instance.meta);
  const typed: [string, string][] = [
    ['budget', formatPbNumber(instance.budget)],
    ['vote_type', instance.voteType],
  ];
  for (const [key, value] of typed) {
    const entry = meta.find(([k]) => k === key);
    if (entry) entry[1] = value;
    else meta.push([key, value]);
  }
  for (const [key, value] of meta) out.push(`${formatPbField(key)};${formatPbField(value)}`);

  const projectColumns = columnsOf(
    instance.projectColumns,
    ['project_id', 'cost'],
    instance.projects.map((p) => p.extra),
  );
  out.push('PROJECTS', projectColumns.map(formatPbField).join(';'));
  for (const project of instance.projects) {
    out.push(
      projectColumns
        .map((column) =>
          formatPbField(
            column === 'project_id'
              ? project.id
              : column === 'cost'
                ? formatPbNumber(project.cost)
                : (project.extra[column] ?? ''),
          ),
        )
        .join(';'),
    );
  }

  const required = instance.votes.some((v) => v.points !== undefined)
    ? ['voter_id', 'vote', 'points']
    : ['voter_id', 'vote'];
  const voteColumns = columnsOf(
    instance.voteColumns,
    required,
    instance.votes.map((v) => v.extra),
  );
  out.push('VOTES', voteColumns.map(formatPbField).join(';'));
  for (const vote of instance.votes) {
    out.push(
      voteColumns
        .map((column) =>
          formatPbField(
            column === 'voter_id'
              ? vote.voterId
              : column === 'vote'
                ? vote.projects.join(',')
                : column === 'points'
                  ? (vote.points ?? []).map(formatPbNumber).join(',')
                  : (vote.extra[column] ?? ''),
          ),
        )
        .join(';'),
    );
  }
  return `${out.join('\n')}\n`;
}

/**
 * An exact number as a `.pb` file writes it: `120000`, `2.5`, or `1/3` when the value has no
 * finite decimal form.
 *
 * @example
 * formatPbNumber(Rational.parse('2.50')); // '2.5'
 */
export function formatPbNumber(value: Rational): string {
  let d = value.denominator;
  if (d === 1n) return value.numerator.toString();
  let twos = 0;
  let fives = 0;
  while (d % 2n === 0n) {
    d /= 2n;
    twos++;
  }
  while (d % 5n === 0n) {
    d /= 5n;
    fives++;
  }
  return d === 1n ? value.toDecimal(Math.max(twos, fives)) : value.toString();
}

function columnsOf(
  declared: string[],
  required: string[],
  extras: Record<string, string>[],
): string[] {
  const columns = [...declared];
  const seen = new Set(columns);
  const add = (name: string) => {
    if (!seen.has(name)) {
      seen.add(name);
      columns.push(name);
    }
  };
  required.forEach(add);
  for (const extra of extras) Object.keys(extra).forEach(add);
  return columns;
}
