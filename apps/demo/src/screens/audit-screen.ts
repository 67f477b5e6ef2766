import { LitElement, type PropertyValues, html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { demoApi, type AuditEntry, type DemoSession } from '../api/demo-api.js';
import { msg, type DemoCatalog, type DemoLocale } from '../i18n/demo-locale.js';
import { screenStyles } from './screen-styles.js';

type Key =
  'title' | 'intro' | 'seq' | 'at' | 'kind' | 'data' | 'hash' | 'verified' | 'broken' | 'loading';

const catalog: DemoCatalog<Key> = {
  'zh-CN': {
    title: '审计日志',
    intro:
      '投票箱把评审会的每一步（创建、发放投票码、锁定权重、开始和结束投票、每张选票）记入哈希链日志：每条记录包含上一条的哈希，任何改动都会被发现。项目监审组可以导出并独立核验。',
    seq: '序号',
    at: '时间',
    kind: '事件',
    data: '内容',
    hash: '哈希',
    verified: '核验通过：日志链完整，选票与计票一致。',
    broken: '核验未通过：{problems}',
    loading: '正在读取日志…',
  },
  en: {
    title: 'Audit log',
    intro:
      'The ballot box records every step of the meeting (creation, voting codes, locked weights, voting opened and closed, every ballot) in a hash chain: each entry holds the hash of the one before, so any change shows. The supervision group can export and verify it independently.',
    seq: '#',
    at: 'Time',
    kind: 'Event',
    data: 'Details',
    hash: 'Hash',
    verified: 'Verified: the chain is intact and the ballots match the tally.',
    broken: 'Verification failed: {problems}',
    loading: 'Reading the log…',
  },
};

/** The meeting's hash-chained audit log from the ballot box, and its verification. */
export class DemoAuditScreen extends LitElement {
  static override styles = screenStyles;

  @property() locale: DemoLocale = 'zh-CN';
  @property({ attribute: false }) session: DemoSession | undefined;

  @state() private log: AuditEntry[] | undefined;
  @state() private verify: { ok: boolean; problems: unknown[] } | undefined;
  @state() private error = '';

  override updated(changed: PropertyValues<this>): void {
    // The session arrives as a property after the element connects; a reset replaces it.
    if (changed.has('session') && this.session) void this.load();
  }

  private async load(): Promise<void> {
    if (!this.session) return;
    const log = await demoApi.log();
    if (log.ok) this.log = log.value.log;
    else this.error = log.message;
    const res = await fetch(`/api/meetings/${encodeURIComponent(this.session.meetingId)}/verify`);
    if (res.ok) this.verify = (await res.json()) as { ok: boolean; problems: unknown[] };
  }

  override render() {
    const t = (key: Key, params?: Record<string, string>) => msg(catalog, this.locale, key, params);
    return html`
      <h2 id="screen-title" tabindex="-1">${t('title')}</h2>
      <p>${t('intro')}</p>
      ${this.error ? html`<p class="error">${this.error}</p>` : ''}
      ${
        this.verify
          ? html`<p role="status" class=${this.verify.ok ? '' : 'error'}>
              ${
                this.verify.ok
                  ? t('verified')
                  : t('broken', { problems: JSON.stringify(this.verify.problems) })
              }
            </p>`
          : ''
      }
      ${
        !this.log
          ? html`<p role="status">${t('loading')}</p>`
          : html`<div class="scroll">
              <table id="audit-log">
                <thead>
                  <tr>
                    <th scope="col">${t('seq')}</th>
                    <th scope="col">${t('at')}</th>
                    <th scope="col">${t('kind')}</th>
                    <th scope="col">${t('data')}</th>
                    <th scope="col">${t('hash')}</th>
                  </tr>
                </thead>
                <tbody>
                  ${this.log.map(
                    (e) =>
                      html`<tr>
                        <td class="num">${e.seq}</td>
                        <td>${new Date(e.at).toLocaleString(this.locale)}</td>
                        <td>${e.kind}</td>
                        <td><code>${JSON.stringify(e.data).slice(0, 120)}</code></td>
                        <td><code>${e.hash.slice(0, 12)}…</code></td>
                      </tr>`,
                  )}
                </tbody>
              </table>
            </div>`
      }
    `;
  }
}
