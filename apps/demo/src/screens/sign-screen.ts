import {
  localize,
  projectLifecycle,
  replay,
  type Catalogs,
  type Locale,
  messageIn,
} from '@qingyuan/core';
import '@qingyuan/elements/define/execution-team.js';
import { LitElement, type PropertyValues, html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { projectEventsPath, type DemoSession } from '../api/demo-api.js';
import { demoParticipants } from '../data/project-histories.js';
import { readRoundProjects } from '../project/round-project-context.js';
import { personName } from './project-labels.js';
import { screenStyles } from './screen-styles.js';

type Key = 'title' | 'intro' | 'loading' | 'unreadable' | 'noTeam' | 'notMember' | 'back';

const catalog: Catalogs<Key> = {
  'zh-CN': {
    title: '签署职责合同',
    intro:
      '这是{name}的签名页：读一读执行小组的职责和合同，确认后用签名条上的签名码签名。签名码只能用一次，别人不能替你签。',
    loading: '正在从投票箱读取执行小组…',
    unreadable: '无法从投票箱读取这个项目。请检查网络后刷新页面。',
    noTeam: '项目 {project} 还没有组建执行小组，暂时不能签名。',
    notMember: '{name}不在这个项目的执行小组里。请检查签名条上的项目。',
    back: '回到项目执行',
  },
  en: {
    title: 'Sign the responsibility contract',
    intro:
      'The signing page of {name}: read the execution team’s duties and contract, then sign with the code on your signing slip. A code works once, and nobody can sign for you.',
    loading: 'Reading the execution team from the ballot box…',
    unreadable: 'This project cannot be read from the ballot box. Check the connection and reload.',
    noTeam: 'Project {project} has no execution team yet, so there is nothing to sign.',
    notMember: '{name} is not on this project’s execution team. Check the project on the slip.',
    back: 'Back to execution',
  },
};

/**
 * The phone view of one member's signing slip (`#/sign/<project>/<member>?code=…`): the
 * project's execution team as the ballot box records it, in `<qy-execution-team>` opened at that
 * member's signing form with the slip's one-time code (`code-param` takes it from the address
 * and removes it); the element posts core's `contract-signed` event with the code straight to
 * the box, which checks the code is this member's and spends it.
 */
export class DemoSignScreen extends LitElement {
  static override styles = screenStyles;

  @property() locale: Locale = 'zh-CN';
  @property({ attribute: false }) session: DemoSession | undefined;
  @property() project = '';
  @property() member = '';

  @state() private read: Awaited<ReturnType<typeof readRoundProjects>> | null = null;

  override updated(changed: PropertyValues<this>): void {
    if ((changed.has('session') || changed.has('project')) && this.session) void this.load();
  }

  private async load(): Promise<void> {
    if (!this.session) return;
    this.read = await readRoundProjects(this.session);
  }

  override render() {
    const t = (key: Key, params?: Record<string, string>) =>
      messageIn(catalog, this.locale, key, params);
    const name = personName(this.member, this.locale);
    return html`
      <h2 id="screen-title" tabindex="-1">${t('title')}</h2>
      <p>${t('intro', { name })}</p>
      ${this.renderTeam(t, name)}
      <p><a href="#/execution">${t('back')}</a></p>
    `;
  }

  private renderTeam(t: (key: Key, params?: Record<string, string>) => string, name: string) {
    if (this.read === null) return html`<p role="status">${t('loading')}</p>`;
    if (this.read === undefined || !this.session) {
      return html`<p class="error" role="alert">${t('unreadable')}</p>`;
    }
    const record = this.read.view.projects.find((p) => p.id === this.project);
    const state = record
      ? replay(projectLifecycle, record.history, this.read.context).state
      : undefined;
    const team = state?.team;
    if (!team) return html`<p role="status">${t('noTeam', { project: this.project })}</p>`;
    if (!team.members.some((m) => m.participant === this.member)) {
      return html`<p class="error" role="alert">${t('notMember', { name })}</p>`;
    }
    return html`<qy-execution-team
      lang=${this.locale}
      heading-level="3"
      member=${this.member}
      code-param
      endpoint=${projectEventsPath(this.session.round, this.project)}
      project-name=${state.application ? localize(state.application.title, this.locale) : ''}
      .team=${team}
      .participants=${demoParticipants}
    ></qy-execution-team>`;
  }
}
