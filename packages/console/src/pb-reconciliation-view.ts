import { html, nothing, type TemplateResult } from 'lit';
import { counted, type ConsoleMessageKey, type ConsoleText } from './console-messages.js';
import type { ReconciledPaper } from './pb-paper-ballot.js';

/** The box's reconciliation of a PB election's paper ballots (`GET …/reconciliation`). */
export interface PaperReconciliationView {
  totals: { entered: number; matched: number; mismatched: number; waiting: number };
  papers: ReconciledPaper[];
}

const fieldWords: Record<string, ConsoleMessageKey> = {
  district: 'pbFieldDistrict',
  projects: 'pbFieldProjects',
  points: 'pbFieldPoints',
};

/** What an officer entered in a field, in words: `a, c`; `(none)` for nothing. */
function valueWords(t: ConsoleText, value: string | string[] | number[] | null): string {
  if (value === null) return t('pbReconNothing');
  return Array.isArray(value) ? value.join(', ') || t('pbReconNothing') : value;
}

/**
 * The reconciliation of the paper ballots, for the election officer: the totals, then every
 * paper ballot not counted — waiting for its second entry, or whose entries differ with every
 * field that differs and what each officer entered there (the signed-in officer named "you")
 * — and the numbers of the matched ones, which are counted. With `withdraw`, each of them the
 * signed-in officer entered has a button that withdraws their entry (one typed under a number
 * no paper ballot has).
 *
 * @example
 * html`${renderReconciliation(t, reconciliation, 'cr-1', (number) => this.withdraw(number))}`
 */
export function renderReconciliation(
  t: ConsoleText,
  reconciliation: PaperReconciliationView,
  me: string | undefined,
  withdraw?: (number: string) => void,
): TemplateResult {
  const who = (officer: string) => (officer === me ? `${officer} (${t('pbReconYou')})` : officer);
  const open = reconciliation.papers.filter((paper) => paper.status !== 'matched');
  const matched = reconciliation.papers.filter((paper) => paper.status === 'matched');
  return html`<h3 id="pb-recon-title">${t('pbReconTitle')}</h3>
    ${
      reconciliation.totals.entered === 0
        ? html`<p id="pb-recon-totals">${t('pbReconNone')}</p>`
        : html`<p id="pb-recon-totals">
            ${t('pbReconTotals', {
              ...reconciliation.totals,
              ballots: counted(t, reconciliation.totals.entered, 'ballot'),
            })}
          </p>`
    }
    ${
      open.length > 0
        ? html`<ul class="applications pb-recon" aria-labelledby="pb-recon-title">
            ${open.map(
              (paper) =>
                html`<li data-number=${paper.number} data-status=${paper.status}>
                  <strong>${paper.number}</strong>:
                  ${t(paper.status === 'waiting' ? 'pbReconWaiting' : 'pbReconMismatched')} ·
                  ${t('pbReconOfficers', { officers: paper.officers.map(who).join(', ') })}
                  ${
                    withdraw !== undefined && me !== undefined && paper.officers.includes(me)
                      ? html`<button
                          class="secondary"
                          data-withdraw=${paper.number}
                          @click=${() => withdraw(paper.number)}
                        >
                          ${t('pbReconWithdraw', { number: paper.number })}
                        </button>`
                      : nothing
                  }
                  ${
                    paper.mismatches.length > 0
                      ? html`<ul>
                          ${paper.mismatches.map(
                            (mismatch) =>
                              html`<li data-field=${mismatch.field}>
                                ${t(fieldWords[mismatch.field]!)}:
                                ${mismatch.entries
                                  .map((entry) =>
                                    t('pbReconEntry', {
                                      officer: who(entry.officer),
                                      value: valueWords(t, entry.value),
                                    }),
                                  )
                                  .join(' · ')}
                              </li>`,
                          )}
                        </ul>`
                      : nothing
                  }
                </li>`,
            )}
          </ul>`
        : nothing
    }
    ${
      matched.length > 0
        ? html`<p id="pb-recon-matched">
            ${t('pbReconMatchedList', { numbers: matched.map((p) => p.number).join(', ') })}
          </p>`
        : nothing
    }`;
}
