import { css } from 'lit';

/** `<qy-project-status>`'s own styles (after the shared ones). */
export const projectStatusStyles = css`
  :host {
    max-width: var(--qy-project-status-max-width, 40rem);
  }
  .title {
    font-size: 1.25rem;
    margin: 0 0 var(--_space);
  }
  .next-title {
    font-size: 1.1rem;
    margin: 0 0 0.5rem;
  }
  .steps {
    list-style: none;
    margin: 0 0 var(--_space);
    padding: 0;
  }
  .steps li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    min-height: 2.25rem;
    padding-inline-start: 0.25rem;
    border-inline-start: 3px solid var(--_border);
    margin-inline-start: 0.9rem;
  }
  .marker {
    display: inline-grid;
    place-items: center;
    width: 1.75rem;
    height: 1.75rem;
    margin-inline-start: -1.2rem;
    border-radius: 50%;
    border: 2px solid var(--_border);
    background: var(--_bg);
    font-weight: 700;
  }
  .done .marker,
  .current .marker {
    border-color: var(--_accent);
    color: var(--_accent);
  }
  .current {
    font-weight: 700;
  }
  .upcoming {
    color: var(--_muted);
  }
  .ended {
    font-weight: 700;
  }
  .ended .marker {
    border-color: var(--_danger);
    color: var(--_danger);
  }
  .state {
    font-size: 0.9rem;
    color: var(--_muted);
  }
  .next {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  .missing {
    margin: 0;
    padding-inline-start: 1.25rem;
    display: grid;
    gap: 0.5rem;
  }
  .missing .message {
    font-weight: 600;
  }
  summary {
    min-height: var(--_target);
    display: flex;
    align-items: center;
    cursor: pointer;
  }
  details p {
    margin: 0 0 0.5rem;
  }
  .ok {
    font-weight: 600;
  }
  @media (forced-colors: active) {
    .done .marker,
    .current .marker,
    .ended .marker {
      border-color: CanvasText;
    }
  }
`;
