import { css } from 'lit';

/** `<qy-needs-report>`'s own styles (after the shared ones and the bar chart's). */
export const needsReportStyles = css`
  :host {
    max-width: var(--qy-needs-report-max-width, 48rem);
  }
  .title {
    font-size: 1.25rem;
    margin: 0 0 0.25rem;
  }
  .counted {
    margin: 0 0 var(--_space);
  }
  .problems summary,
  .texts summary {
    cursor: pointer;
    min-height: var(--_target);
    display: flex;
    align-items: center;
    text-decoration: underline;
  }
  .question :is(h3, h4, h5, h6),
  .top-needs :is(h3, h4, h5, h6) {
    margin: var(--_space) 0 0.25rem;
    font-size: 1rem;
  }
  .top-needs ol {
    margin: 0;
    padding-inline-start: 1.5rem;
  }
  .texts ul {
    list-style: none;
    padding: 0;
    margin: 0;
  }
  .texts li {
    margin: 0.5rem 0;
    padding: 0.25rem 0.75rem;
    border-inline-start: 4px solid var(--_border);
  }
  .muted {
    color: var(--_muted);
  }
`;
