/** The statuses of a project, in the order of the cycle. */
export const projectStatuses = [
  'draft',
  'submitted',
  'in-review',
  'approved',
  'rejected',
  'team-formed',
  'in-execution',
  'reporting',
  'audited',
  'evaluated',
  'closed',
  'terminated',
] as const;

/** A project status. */
export type ProjectStatus = (typeof projectStatuses)[number];

/**
 * The statuses of a project's ordinary course, in order, from draft to closed: every status
 * but the two that end a project early (`rejected` at review, `terminated` on the way). A
 * step list or progress bar shows these, and where a project left them.
 *
 * @example
 * projectMainPath.indexOf('in-execution'); // 5
 * projectMainPath.at(-1); // 'closed'
 * projectMainPath.includes('rejected'); // false
 */
export const projectMainPath: readonly ProjectStatus[] = projectStatuses.filter(
  (status) => status !== 'rejected' && status !== 'terminated',
);

/** Statuses from which a project can be terminated (started, not yet ended). */
export const activeProjectStatuses = [
  'submitted',
  'in-review',
  'approved',
  'team-formed',
  'in-execution',
  'reporting',
  'audited',
  'evaluated',
] as const satisfies readonly ProjectStatus[];
