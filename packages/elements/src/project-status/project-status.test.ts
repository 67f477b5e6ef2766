import type { ExecutionTeam, ProjectEvent } from '@qingyuan/core';
import {
  jinhualiExecutionHistory,
  liuyinliTerminationHistory,
  pilotProjectContext,
} from '@qingyuan/core/examples';
import { html } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../define/project-status.js';
import type { QyLoadErrorEvent } from '../events/load-error.js';
import { expectNoAxeViolations } from '../testing/axe.js';
import {
  cleanupFixtures,
  fixture,
  shadow,
  shadowAll,
  until,
  shadowText as text,
} from '../testing/fixture.js';
import { expectFitsNarrow } from '../testing/layout.js';
import { longText, xssPayload } from '../testing/meetings.js';
import {
  passedOverDocuments,
  pilotBodies,
  pilotDocuments,
  pilotHistory,
  pilotRejection,
} from './project-status.fixture.js';
import { readProjectProgressLoading } from './project-progress.js';
import type { QyProjectStatus } from './project-status.js';

afterEach(cleanupFixtures);

function steps(el: QyProjectStatus): string[] {
  return shadowAll(el, '[part="step"]').map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
}

describe('<qy-project-status>', () => {
  it('shows the steps in words, the current one marked, and what the next step needs', async () => {
    const el = await fixture<QyProjectStatus>(
      html`<qy-project-status
        .history=${pilotHistory(4)}
        .bodies=${pilotBodies}
        .documents=${pilotDocuments}
      ></qy-project-status>`,
      { lang: 'en' },
    );
    expect(el.currentStatus).toBe('approved');
    expect(steps(el).slice(0, 5)).toEqual([
      '✓ draft (done)',
      '✓ submitted (done)',
      '✓ in review (done)',
      '● approved (current step)',
      '○ team formed (not yet)',
    ]);
    const current = shadowAll(el, '[aria-current="step"]');
    expect(current).toHaveLength(1);
    expect(current[0]!.textContent).toContain('approved');
    expect(text(el)).toContain('New Residents’ Home');
    expect(shadow(el, '[part="next"] h3').textContent).toBe('Next step: team formed');
    expect(text(el)).toContain('An execution team must be named');
    await expectNoAxeViolations(el.parentElement!);
  });

  it('fits the host page outline with heading-level', async () => {
    const el = await fixture<QyProjectStatus>(
      html`<qy-project-status
        heading-level="3"
        .history=${pilotHistory(4)}
        .bodies=${pilotBodies}
        .documents=${pilotDocuments}
      ></qy-project-status>`,
      { lang: 'en' },
    );
    expect(shadow(el, 'h3#heading').textContent).toContain('New Residents’ Home');
    expect(shadow(el, '[part="next"] h4').textContent).toBe('Next step: team formed');
    el.headingLevel = 9;
    await el.updateComplete;
    expect(shadow(el, 'h6#heading')).toBeTruthy();
    expect(shadow(el, '[part="next"] h6').textContent).toBe('Next step: team formed');
  });

  it('explains each missing item with its core rule, opened with the keyboard', async () => {
    const el = await fixture<QyProjectStatus>(
      html`<qy-project-status status="team-formed"></qy-project-status>`,
      { lang: 'zh-CN' },
    );
    expect(shadow(el, '[part="next"] h3').textContent).toBe('下一步：执行中');
    const missing = shadowAll(el, '[part="missing"] .message').map((m) => m.textContent);
    expect(missing).toEqual(['执行小组需要一名总负责人', '执行小组需要一名财务负责人']);
    await userEvent.tab();
    expect(el.shadowRoot!.activeElement?.localName).toBe('summary');
    await userEvent.keyboard('{Enter}');
    const details = shadow<HTMLDetailsElement>(el, 'details');
    expect(details.open).toBe(true);
    expect(details.textContent).toContain('执行小组恰好有一名总负责人');
    expect(details.textContent).toContain('team.overall-lead');
    await expectNoAxeViolations(el.parentElement!);
  });

  for (const lang of ['zh-CN', 'en'] as const) {
    it(`fits a 360 px phone with a very long ${lang} project title, its explanations opened with Space`, async () => {
      const history = pilotHistory(4);
      const saved = history[0]!;
      if (saved.type !== 'application-saved')
        throw new Error('fixture starts with the application');
      saved.payload.application.title = { 'zh-CN': longText['zh-CN'], en: longText.en };
      const el = await fixture<QyProjectStatus>(
        html`<div style="width:360px">
          <qy-project-status
            .history=${history}
            .bodies=${pilotBodies}
            .documents=${pilotDocuments}
          ></qy-project-status>
        </div>`,
        { selector: 'qy-project-status', lang },
      );
      expect(shadow(el, '#heading').textContent).toContain(longText[lang]);
      // Each "why" disclosure is reached by Tab and opened with Space, in list order.
      const disclosures = shadowAll<HTMLDetailsElement>(el, '[part="missing"] details');
      expect(disclosures.length).toBeGreaterThan(0);
      for (const details of disclosures) {
        await userEvent.tab();
        expect(el.shadowRoot!.activeElement).toBe(details.querySelector('summary'));
        await userEvent.keyboard(' ');
        expect(details.open).toBe(true);
      }
      expectFitsNarrow(el, {
        targets: 'summary',
        texts: '#heading, [part="step"], [part="next"] h3, .message, details p',
      });
      await expectNoAxeViolations(el.parentElement!.parentElement!);
    });
  }

  it('checks the documents prepared for the next step', async () => {
    const team: ExecutionTeam = {
      id: 'team-jinhuali',
      project: 'jinhuali-home',
      members: [
        { participant: 'p-li', role: 'overall-lead', contract: { signed: true } },
        { participant: 'p-zhao', role: 'finance-lead', contract: { signed: false } },
      ],
      rules: [],
    };
    const el = await fixture<QyProjectStatus>(
      html`<qy-project-status
        .history=${pilotHistory(4)}
        .bodies=${pilotBodies}
        .documents=${pilotDocuments}
        .drafts=${{ team }}
      ></qy-project-status>`,
    );
    expect(text(el)).toContain('Nothing is missing for the next step.');
    const other = await fixture<QyProjectStatus>(
      html`<qy-project-status
        .history=${pilotHistory(4)}
        .bodies=${pilotBodies}
        .documents=${pilotDocuments}
        .drafts=${{ team: { ...team, project: 'another' } }}
      ></qy-project-status>`,
    );
    expect(text(other)).toContain('The execution team is for project another, not jinhuali-home');
  });

  it('shows a rejected project ending early, not as colour alone', async () => {
    const history: ProjectEvent[] = [...pilotHistory(3), pilotRejection];
    const el = await fixture<QyProjectStatus>(
      html`<qy-project-status
        .history=${history}
        .bodies=${pilotBodies}
        .documents=${passedOverDocuments}
      ></qy-project-status>`,
    );
    expect(steps(el)).toEqual([
      '✓ draft (done)',
      '✓ submitted (done)',
      '✓ in review (done)',
      '✕ rejected (ended here)',
    ]);
    expect(text(el)).toContain('This project has ended: rejected.');
    await expectNoAxeViolations(el.parentElement!);
  });

  it('replays the execution-phase examples with their rounds’ documents, and the resident rule with participants', async () => {
    const { bodies, ...documents } = pilotProjectContext;
    const closed = await fixture<QyProjectStatus>(
      html`<qy-project-status
        .history=${jinhualiExecutionHistory}
        .bodies=${bodies}
        .documents=${documents}
      ></qy-project-status>`,
      { lang: 'en' },
    );
    expect(closed.currentStatus).toBe('closed');
    const terminated = await fixture<QyProjectStatus>(
      html`<qy-project-status
        .history=${liuyinliTerminationHistory}
        .bodies=${bodies}
        .documents=${documents}
      ></qy-project-status>`,
      { lang: 'en' },
    );
    expect(terminated.currentStatus).toBe('terminated');
    // Without the round's documents the approval has no funding decision to follow.
    const bare = await fixture<QyProjectStatus>(
      html`<qy-project-status
        .history=${liuyinliTerminationHistory}
        .bodies=${bodies}
      ></qy-project-status>`,
      { lang: 'en' },
    );
    expect(shadow(bare, '[role="alert"]').textContent).toContain('review-started');
    // `participants` takes the place of the documents' own: with nobody a resident, execution
    // cannot start, unless the round waives the rule.
    const noResidents = (documents.participants ?? []).map((p) => ({
      ...p,
      roles: p.roles.filter((role) => role !== 'resident'),
    }));
    const refused = await fixture<QyProjectStatus>(
      html`<qy-project-status
        .history=${liuyinliTerminationHistory}
        .bodies=${bodies}
        .documents=${documents}
        .participants=${noResidents}
      ></qy-project-status>`,
      { lang: 'en' },
    );
    expect(shadow(refused, '[role="alert"]').textContent).toContain('is a resident');
    const waived = await fixture<QyProjectStatus>(
      html`<qy-project-status
        .history=${liuyinliTerminationHistory}
        .bodies=${bodies}
        .documents=${documents}
        .participants=${noResidents}
        .requireResident=${false}
      ></qy-project-status>`,
      { lang: 'en' },
    );
    expect(waived.currentStatus).toBe('terminated');
  });

  it('reads a history with a termination once the rules of terminations are loaded', async () => {
    const { bodies, ...documents } = pilotProjectContext;
    const el = await fixture<QyProjectStatus>(
      html`<qy-project-status
        .history=${jinhualiExecutionHistory}
        .bodies=${bodies}
        .documents=${documents}
      ></qy-project-status>`,
      { lang: 'en' },
    );
    expect(el.currentStatus).toBe('closed');
    el.history = liuyinliTerminationHistory;
    await el.updateComplete;
    expect(el.currentStatus).toBe('terminated');
    expect(steps(el).at(-1)).toBe('✕ terminated (ended here)');
  });

  it('says so when the rules a history needs cannot be loaded', async () => {
    const read = await readProjectProgressLoading(
      liuyinliTerminationHistory,
      'en',
      { bodies: [] },
      (key, params) => `${key}: ${JSON.stringify(params)}`,
      () => Promise.reject(new Error('offline')),
    );
    expect(read).toEqual({
      ok: false,
      issues: [{ where: '', message: 'rulesUnavailable: {"detail":"offline"}' }],
    });
    // A history without a termination, carry-over or spending approval needs no loading.
    const common = readProjectProgressLoading(
      jinhualiExecutionHistory,
      'en',
      pilotProjectContext,
      (key) => key,
      () => Promise.reject(new Error('not needed')),
    );
    expect(common).toMatchObject({ ok: true, value: { state: { status: 'closed' } } });
  });

  it('shows a history refused by a lifecycle rule as a localized error and fires qy-load-error', async () => {
    const errors: QyLoadErrorEvent[] = [];
    document.addEventListener('qy-load-error', (e) => errors.push(e), { once: true });
    const el = await fixture<QyProjectStatus>(
      html`<qy-project-status .history=${[pilotHistory(2)[1]]}></qy-project-status>`,
      { lang: 'zh-CN' },
    );
    const alert = shadow(el, '[role="alert"]');
    expect(alert.textContent).toContain('第 0 个事件（“submitted”）被拒绝：尚未保存项目申请书');
    expect(errors[0]!.detail.issues[0]!.where).toBe('[0]');
    await expectNoAxeViolations(el.parentElement!);
    const unknown = await fixture<QyProjectStatus>(
      html`<qy-project-status status="finished"></qy-project-status>`,
    );
    expect(shadow(unknown, '[role="alert"]').textContent).toContain(
      '“finished” is not a project status',
    );
    const malformed = await fixture<QyProjectStatus>(
      html`<qy-project-status .history=${[{ type: 'submitted' }]}></qy-project-status>`,
    );
    expect(shadow(malformed, '[role="alert"]').textContent).toContain('[0].at');
  });

  it('reads a history from an inline JSON child and from src', async () => {
    const json = JSON.stringify(pilotHistory(2));
    const inline = await fixture<QyProjectStatus>(
      html`<qy-project-status
        ><script type="application/json">
          ${json}
        </script></qy-project-status
      >`,
    );
    expect(inline.currentStatus).toBe('submitted');
    const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
    const fetched = await fixture<QyProjectStatus>(
      html`<qy-project-status src=${url}></qy-project-status>`,
    );
    await until(() => fetched.currentStatus === 'submitted', 'src');
    expect(shadow(fetched, '[part="next"] h3').textContent).toBe('Next step: in review');
  });

  it('keeps payloads in document text inert', async () => {
    const history = pilotHistory(1);
    const saved = history[0]!;
    if (saved.type === 'application-saved') saved.payload.application.title = xssPayload;
    const el = await fixture<QyProjectStatus>(
      html`<qy-project-status .history=${history}></qy-project-status>`,
    );
    expect(el.shadowRoot!.querySelector('img, script')).toBeNull();
    expect(text(el)).toContain('<img src=x onerror=');
    expect((window as { __qyXss?: number }).__qyXss).toBeUndefined();
  });
});
