import {
  localize,
  type Application,
  type Community,
  type OpenSpaceReport,
  type Locale,
  messageIn,
  type Catalogs,
} from '@qingyuan/core';
import '@qingyuan/elements/define/idea-board.js';
import { LitElement, type PropertyValues, css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { demoApi, openSpacePath, type DemoSession } from '../api/demo-api.js';
import { pilotOpenSpaceSession } from '@qingyuan/core/examples';
import { openSpaceViews } from '../data/open-space-2007.js';
import { communityNames } from '../data/pilot-2007.js';
import { personName } from './project-labels.js';
import { screenStyles } from './screen-styles.js';

type Key =
  | 'title'
  | 'intro'
  | 'madeUp'
  | 'viewAs'
  | 'report'
  | 'reportIntro'
  | 'idea'
  | 'dots'
  | 'became'
  | 'none'
  | 'carry'
  | 'carried'
  | 'funded'
  | 'closed'
  | 'terminated'
  | 'notFunded'
  | 'tied'
  | 'summary'
  | 'unreachable';

const catalog: Catalogs<Key> = {
  'zh-CN': {
    title: '开放空间会议',
    intro:
      '需求调查之前，社区服务中心召开开放空间会议：居民自己提出话题，分组讨论，把需要和项目点子写在大白纸上，再用圆点投票（每人 {perParticipant} 个圆点，同一个点子最多 {perIdea} 个）。得票多的点子可以写成项目申请书，进入当年的评审。',
    madeUp:
      '会议方法和金华里、郁花园、兴华园三个社区取自清源街道案例；日期在案例的筹备阶段（2007 年 8 月至 9 月底），人物、圆点和具体日期为虚构。柳荫里是虚构的社区：演示中新提出的点子都记在它名下。',
    viewAs: '以谁的身份参加',
    report: '会议报告：点子按圆点排序，以及后来怎样了',
    reportIntro:
      '每个点子后来写成了哪份申请书、是否获得资助、是否结项，都按申请书中记录的来源（会议和点子）追溯。',
    idea: '点子',
    dots: '圆点',
    became: '后来',
    none: '还没有写成申请书',
    carry: '把“{title}”写成申请书',
    carried: '申请书草稿已带上这个点子的来源，请在“项目申请”中接着写。',
    funded: '已获资助',
    closed: '已结项',
    terminated: '已终止',
    notFunded: '尚未获资助',
    tied: '与 {others} 同票',
    unreachable: '无法从投票箱读取会议报告：{message}',
    summary:
      '{participants} 人参加，{ideas} 个点子，用了 {cast} / {available} 个圆点；{became} 个点子写成了申请书，{funded} 个获得资助，{closed} 个已结项。',
  },
  en: {
    title: 'Open Space session',
    intro:
      'Before the needs survey the community service center holds an Open Space session: residents raise the topics themselves, talk in groups, write needs and project ideas on flip charts and vote with dots ({perParticipant} dots each, at most {perIdea} on one idea). Ideas with many dots can be written up as applications for the year’s review.',
    madeUp:
      'The method and the three communities Jinhuali, Yuhuayuan and Xinghuayuan come from the Qingyuan case study; the date falls in the case study’s preparation phase (August to the end of September 2007); people, dots and the exact day are made up. Liuyinli is a fictional community: every idea proposed in the demo goes on it.',
    viewAs: 'Take part as',
    report: 'The session’s report: ideas by dots, and what came of them',
    reportIntro:
      'Which application each idea became, whether it was funded and closed, followed through the origin (session and idea) the application records.',
    idea: 'Idea',
    dots: 'Dots',
    became: 'What came of it',
    none: 'Not an application yet',
    carry: 'Write “{title}” up as an application',
    carried:
      'The draft application carries this idea as its origin; go on writing it under Applications.',
    funded: 'funded',
    closed: 'closed',
    terminated: 'terminated',
    notFunded: 'not funded (yet)',
    tied: 'tied with {others}',
    unreachable: 'The session’s report cannot be read from the ballot box: {message}',
    summary:
      '{participants} took part, {ideas} ideas, {cast} of {available} dots used; {became} ideas became applications, {funded} funded, {closed} closed.',
  },
};

/** The key under which the applications screen finds a draft carried from an idea. */
export const carriedDraftKey = 'qy-demo-carried-application';

/**
 * The Open Space session before the survey, on the ballot box: `<qy-idea-board>` connected to
 * the box's session with the participant code of the resident whose view is chosen (three
 * residents switch), so every idea and dot is the box's and a reload or a second browser shows
 * them; the session's report from the box (core's `openSpaceReport`, following each idea to the
 * application of the round that names it as its origin), kept live by the session's event
 * stream; and a button to carry an idea into a new application draft (its `origin`), the one
 * thing that stays in this browser until the draft is submitted.
 */
export class DemoOpenSpaceScreen extends LitElement {
  static override styles = [
    screenStyles,
    css`
      fieldset.views label {
        display: inline-flex;
        gap: 0.3rem;
        margin-inline-end: 1rem;
        align-items: center;
        min-height: 44px;
      }
      .became li {
        margin: 0.2rem 0;
      }
      #ideas th .note {
        display: block;
        font-weight: normal;
      }
    `,
  ];

  @property() locale: Locale = 'zh-CN';
  @property({ attribute: false }) session: DemoSession | undefined;

  @state() private viewer: string = openSpaceViews[0];
  @state() private report: OpenSpaceReport | undefined;
  @state() private unreachable = '';
  @state() private carried = '';
  private stream: EventSource | undefined;

  override updated(changed: PropertyValues<this>): void {
    if (changed.has('session') && this.session) {
      void this.loadReport();
      this.follow();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stream?.close();
    this.stream = undefined;
  }

  private async loadReport(): Promise<void> {
    if (!this.session) return;
    const result = await demoApi.openSpaceReport(this.session, this.locale);
    if (result.ok) this.report = result.value;
    this.unreachable = result.ok ? '' : result.message;
  }

  /** Re-reads the report after every change the box announces (any resident's, any browser). */
  private follow(): void {
    this.stream?.close();
    if (!this.session) return;
    this.stream = new EventSource(`${openSpacePath(this.session)}/events`);
    this.stream.addEventListener('session', () => void this.loadReport());
  }

  private carry(ideaId: string): void {
    const idea = this.report?.ideas.find((entry) => entry.idea.id === ideaId)?.idea;
    if (!idea || !this.session) return;
    const draft: Application = {
      id: `${idea.community}-${idea.id.replace(/^i-/, '')}`,
      community: idea.community,
      title: idea.title,
      purpose: idea.description ?? idea.title,
      needs: [],
      plan: [],
      indicators: [],
      team: [],
      beneficiaries: [],
      budget: { total: { amount: 0, currency: 'CNY' }, lines: [] },
      origin: { session: this.session.openSpace.id, ideas: [idea.id] },
    };
    localStorage.setItem(carriedDraftKey, JSON.stringify(draft));
    this.carried = idea.id;
    location.hash = '#/applications';
  }

  private communities(): Community[] {
    return Object.entries(communityNames).map(([id, name]) => ({ id, name }));
  }

  override render() {
    const t = (key: Key, params?: Record<string, string | number>) =>
      messageIn(catalog, this.locale, key, params);
    const session = this.session;
    const report = this.report;
    const person = (id: string) => personName(id, this.locale);
    const ideaTitle = (id: string) => {
      const idea = report?.ideas.find((entry) => entry.idea.id === id)?.idea;
      return idea ? localize(idea.title, this.locale) : id;
    };
    const code = session?.openSpace.codes.find((c) => c.participant === this.viewer)?.code ?? '';
    return html`
      <h2 id="screen-title" tabindex="-1">${t('title')}</h2>
      <p>
        ${t('intro', {
          perParticipant: pilotOpenSpaceSession.dots.perParticipant,
          perIdea: pilotOpenSpaceSession.dots.perIdea,
        })}
      </p>
      <p class="note" id="made-up">${t('madeUp')}</p>
      <fieldset class="views">
        <legend>${t('viewAs')}</legend>
        ${openSpaceViews.map(
          (id) =>
            html`<label
              ><input
                type="radio"
                name="viewer"
                value=${id}
                .checked=${this.viewer === id}
                @change=${() => (this.viewer = id)}
              />
              ${person(id)}</label
            >`,
        )}
      </fieldset>
      ${
        session
          ? keyed(
              this.viewer,
              html`<qy-idea-board
                lang=${this.locale}
                heading-level="3"
                box="/api"
                organization=${session.round.organization}
                session-id=${session.openSpace.id}
                code=${code}
                .communities=${this.communities()}
                .participants=${pilotOpenSpaceSession.participants}
              ></qy-idea-board>`,
            )
          : nothing
      }
      ${
        this.unreachable
          ? html`<p class="error" role="alert">
              ${t('unreachable', { message: this.unreachable })}
            </p>`
          : nothing
      }
      ${report ? this.renderReport(report, t, person, ideaTitle) : nothing}
    `;
  }

  private renderReport(
    report: OpenSpaceReport,
    t: (key: Key, params?: Record<string, string | number>) => string,
    person: (id: string) => string,
    ideaTitle: (id: string) => string,
  ) {
    return html`
      <section aria-labelledby="report-title">
        <h3 id="report-title">${t('report')}</h3>
        <p>${t('reportIntro')}</p>
        <p id="report-summary">
          ${t('summary', {
            participants: report.summary.participants,
            ideas: report.summary.ideas,
            cast: report.summary.dotsCast,
            available: report.summary.dotsAvailable,
            became: report.summary.becameApplications,
            funded: report.summary.funded,
            closed: report.summary.closed,
          })}
        </p>
        <div class="scroll">
          <table id="ideas">
            <thead>
              <tr>
                <th scope="col">${t('idea')}</th>
                <th scope="col" class="num">${t('dots')}</th>
                <th scope="col">${t('became')}</th>
              </tr>
            </thead>
            <tbody>
              ${report.ideas.map(
                (entry) =>
                  html`<tr data-idea=${entry.idea.id} data-dots=${entry.dots}>
                    <th scope="row">
                      ${entry.rank}. ${localize(entry.idea.title, this.locale)}
                      <span class="note"
                        >${
                          communityNames[entry.idea.community]?.[this.locale] ??
                          entry.idea.community
                        }
                        ·
                        ${person(entry.idea.by)}${
                          entry.tiedWith.length > 0 && entry.dots > 0
                            ? html` ·
                              ${t('tied', {
                                others: entry.tiedWith
                                  .map(ideaTitle)
                                  .join(this.locale === 'en' ? ', ' : '、'),
                              })}`
                            : nothing
                        }</span
                      >
                    </th>
                    <td class="num">${entry.dots}</td>
                    <td>
                      ${
                        entry.applications.length > 0
                          ? html`<ul class="became">
                              ${entry.applications.map(
                                (a) =>
                                  html`<li data-application=${a.application}>
                                    <a href="#/applications">${localize(a.title, this.locale)}</a>
                                    —
                                    ${[
                                      a.funded ? t('funded') : t('notFunded'),
                                      ...(a.closed ? [t('closed')] : []),
                                      ...(a.terminated ? [t('terminated')] : []),
                                    ].join(this.locale === 'en' ? ', ' : '，')}
                                  </li>`,
                              )}
                            </ul>`
                          : html`${t('none')}
                            ${
                              entry.idea.kind === 'project-idea' || entry.dots > 0
                                ? html`<button
                                    type="button"
                                    class="carry"
                                    data-idea=${entry.idea.id}
                                    @click=${() => this.carry(entry.idea.id)}
                                  >
                                    ${t('carry', { title: localize(entry.idea.title, this.locale) })}
                                  </button>`
                                : nothing
                            }`
                      }
                    </td>
                  </tr>`,
              )}
            </tbody>
          </table>
        </div>
        ${this.carried ? html`<p role="status">${t('carried')}</p>` : nothing}
      </section>
    `;
  }
}
