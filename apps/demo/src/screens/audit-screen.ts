import { LitElement, type PropertyValues, css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  localize,
  type ReviewMeeting,
  type Locale,
  messageIn,
  type Catalogs,
} from '@qingyuan/core';
import { demoApi, type AuditEntry, type DemoSession } from '../api/demo-api.js';
import { screenStyles } from './screen-styles.js';

type Key =
  | 'title'
  | 'intro'
  | 'seq'
  | 'at'
  | 'kind'
  | 'data'
  | 'raw'
  | 'verified'
  | 'broken'
  | 'loading'
  | 'export'
  | 'exportHint'
  | 'receiptLabel'
  | 'receiptCheck'
  | 'receiptCounted'
  | 'receiptNotCounted'
  | 'receiptMissing'
  | 'receiptEmpty'
  | 'meeting.created'
  | 'meeting.updated'
  | 'codes.issued'
  | 'meeting.weights-locked'
  | 'voting.opened'
  | 'voting.closed'
  | 'ballot.cast'
  | 'results.published'
  | 'funding.decided'
  | 'createdDetail'
  | 'codesDetail'
  | 'ballotDetail'
  | 'publishedDetail'
  | 'decidedDetail';

const catalog: Catalogs<Key> = {
  'zh-CN': {
    title: '审计日志',
    intro:
      '投票箱把评审会的每一步（创建、发放投票码、锁定权重、开始和结束投票、每张选票）记入哈希链日志：每条记录包含上一条的哈希，任何改动都会被发现。项目监审组可以导出并独立核验。',
    seq: '序号',
    at: '时间',
    kind: '事件',
    data: '内容',
    raw: '原始记录',
    verified: '核验通过：日志链完整，选票与计票一致。',
    broken: '核验未通过：',
    loading: '正在读取日志…',
    export: '下载完整导出（评审会文件、选票、计票和日志）',
    exportHint: '监审组可以在自己的电脑上用 qingyuan verify 文件名 独立核验导出文件。',
    receiptLabel: '核对回执码',
    receiptCheck: '核对',
    receiptCounted: '回执码 {receipt} 在日志第 {seq} 条，这张选票已计入。',
    receiptNotCounted:
      '回执码 {receipt} 在日志第 {seq} 条，但这张选票没有计入（同一投票码后来又投了一张，以最后一张为准）。',
    receiptMissing: '日志中没有回执码 {receipt}。请检查是否抄写完整。',
    receiptEmpty: '请先输入投票后收到的回执码。',
    'meeting.created': '评审会已创建',
    'meeting.updated': '评审会文件已修改',
    'codes.issued': '发放投票码',
    'meeting.weights-locked': '权重已锁定',
    'voting.opened': '开始投票',
    'voting.closed': '结束投票',
    'ballot.cast': '收到选票',
    'results.published': '公布结果',
    'funding.decided': '作出资助决定',
    createdDetail: '文件指纹 {hash}',
    codesDetail: '{count} 个投票码',
    ballotDetail: '回执码 {receipt}',
    publishedDetail: '{count} 张选票计入排名',
    decidedDetail: '轮次 {round} 的决定 {id}',
  },
  en: {
    title: 'Audit log',
    intro:
      'The ballot box records every step of the meeting (creation, voting codes, locked weights, voting opened and closed, every ballot) in a hash chain: each entry holds the hash of the one before, so any change shows. The supervision group can export and verify it independently.',
    seq: '#',
    at: 'Time',
    kind: 'Event',
    data: 'Details',
    raw: 'Entry as recorded',
    verified: 'Verified: the chain is intact and the ballots match the tally.',
    broken: 'Verification failed:',
    loading: 'Reading the log…',
    export: 'Download the whole export (meeting document, ballots, tally and log)',
    exportHint:
      'The supervision group can verify the file on its own computer with qingyuan verify FILE.',
    receiptLabel: 'Check a receipt',
    receiptCheck: 'Check',
    receiptCounted: 'Receipt {receipt} is entry {seq} of the log, and this ballot counted.',
    receiptNotCounted:
      'Receipt {receipt} is entry {seq} of the log, but this ballot did not count (the same code voted again later; the last ballot counts).',
    receiptMissing: 'The log has no receipt {receipt}. Check that it was copied whole.',
    receiptEmpty: 'Type the receipt you got after voting first.',
    'meeting.created': 'Meeting created',
    'meeting.updated': 'Meeting document changed',
    'codes.issued': 'Voting codes issued',
    'meeting.weights-locked': 'Weights locked',
    'voting.opened': 'Voting opened',
    'voting.closed': 'Voting closed',
    'ballot.cast': 'Ballot received',
    'results.published': 'Results published',
    'funding.decided': 'Funding decided',
    createdDetail: 'document fingerprint {hash}',
    codesDetail: '{count} voting codes',
    ballotDetail: 'receipt {receipt}',
    publishedDetail: '{count} ballots counted in the ranking',
    decidedDetail: 'decision {id} of round {round}',
  },
};

/** What the box's verification answers (problems worded in the requested language). */
interface VerifyAnswer {
  ok: boolean;
  problems: { check: string; message: string }[];
  receipts?: { receipt: string; inLog: boolean; logSeq?: number; counted?: boolean }[];
}

/**
 * The meeting's hash-chained audit log from the ballot box, in words (each event named, its
 * content summed up, the entry as recorded behind a disclosure), its verification, a voter's
 * receipt check and the download of the whole export for independent verification.
 */
export class DemoAuditScreen extends LitElement {
  static override styles = [
    screenStyles,
    css`
      #audit-log td {
        overflow-wrap: anywhere;
      }
      #audit-log pre {
        white-space: pre-wrap;
        font-size: 0.8rem;
        margin: 0;
      }
      #receipt-check input {
        width: 100%;
        max-width: 32rem;
        box-sizing: border-box;
      }
    `,
  ];

  @property() locale: Locale = 'zh-CN';
  @property({ attribute: false }) session: DemoSession | undefined;

  @state() private log: AuditEntry[] | undefined;
  @state() private meeting: ReviewMeeting | undefined;
  @state() private verify: VerifyAnswer | undefined;
  @state() private receiptOutcome: { found: boolean; text: string } | undefined;
  @state() private error = '';

  override updated(changed: PropertyValues<this>): void {
    // The session arrives as a property after the element connects; a reset replaces it.
    if (changed.has('session') && this.session) void this.load();
    // The verification's words come from the box in the page's language.
    else if (changed.has('locale') && changed.get('locale') && this.session) void this.check();
  }

  private async load(): Promise<void> {
    if (!this.session) return;
    const [log, meeting] = await Promise.all([
      demoApi.log(),
      demoApi.meeting(this.session.meetingId),
    ]);
    if (log.ok) this.log = log.value.log;
    else this.error = log.message;
    if (meeting.ok) this.meeting = meeting.value.meeting;
    await this.check();
  }

  private async check(receipt?: string): Promise<VerifyAnswer | undefined> {
    const query = receipt ? `?receipt=${encodeURIComponent(receipt)}` : '';
    const res = await fetch(`/demo/meeting/verify${query}`, {
      headers: { 'accept-language': this.locale },
    });
    if (!res.ok) return undefined;
    const answer = (await res.json()) as VerifyAnswer;
    this.verify = answer;
    return answer;
  }

  private async checkReceipt(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const t = (key: Key, params?: Record<string, string>) =>
      messageIn(catalog, this.locale, key, params);
    const input = (event.target as HTMLFormElement).elements.namedItem('receipt');
    const receipt = (input as HTMLInputElement).value.trim();
    if (!receipt) {
      this.receiptOutcome = { found: false, text: t('receiptEmpty') };
      return;
    }
    const found = (await this.check(receipt))?.receipts?.[0];
    if (!found?.inLog) {
      this.receiptOutcome = { found: false, text: t('receiptMissing', { receipt }) };
      return;
    }
    const params = { receipt, seq: String(found.logSeq ?? '') };
    this.receiptOutcome = {
      found: true,
      text: t(found.counted ? 'receiptCounted' : 'receiptNotCounted', params),
    };
  }

  /** The event's name in words, or its kind as recorded when it is one we do not know. */
  private eventName(kind: string): string {
    return kind in catalog.en ? messageIn(catalog, this.locale, kind as Key) : kind;
  }

  /** The entry's content summed up in words (empty when its name says it all). */
  private summary(entry: AuditEntry): string {
    const t = (key: Key, params?: Record<string, string>) =>
      messageIn(catalog, this.locale, key, params);
    const data = entry.data;
    switch (entry.kind) {
      case 'meeting.created':
        return t('createdDetail', { hash: `${String(data['document'] ?? '').slice(0, 12)}…` });
      case 'codes.issued':
        return t('codesDetail', {
          count: String(Array.isArray(data['codes']) ? data['codes'].length : 0),
        });
      case 'meeting.weights-locked': {
        const weights = (data['weights'] ?? {}) as Record<string, number>;
        const name = (id: string) => {
          const criterion = this.meeting?.criteria.find((c) => c.id === id);
          return criterion ? localize(criterion.name, this.locale) : id;
        };
        return Object.entries(weights)
          .map(([id, weight]) => `${name(id)} ×${weight}`)
          .join(this.locale === 'zh-CN' ? '、' : ', ');
      }
      case 'ballot.cast':
        return t('ballotDetail', { receipt: String(data['receipt'] ?? '') });
      case 'results.published':
        return t('publishedDetail', { count: String(data['counted'] ?? 0) });
      case 'funding.decided':
        return t('decidedDetail', {
          id: String(data['id'] ?? ''),
          round: String(data['round'] ?? ''),
        });
      default:
        return '';
    }
  }

  override render() {
    const t = (key: Key, params?: Record<string, string>) =>
      messageIn(catalog, this.locale, key, params);
    const meetingId = this.session?.meetingId ?? 'meeting';
    return html`
      <h2 id="screen-title" tabindex="-1">${t('title')}</h2>
      <p>${t('intro')}</p>
      ${this.error ? html`<p class="error">${this.error}</p>` : nothing}
      ${
        this.verify
          ? html`<div role="status" id="verification" class=${this.verify.ok ? '' : 'error'}>
              ${
                this.verify.ok
                  ? t('verified')
                  : html`${t('broken')}
                      <ul>
                        ${this.verify.problems.map((p) => html`<li>${p.message}</li>`)}
                      </ul>`
              }
            </div>`
          : nothing
      }
      <p>
        <a id="export" href="/demo/meeting/export" download="qingyuan-${meetingId}-export.json"
          >${t('export')}</a
        >
      </p>
      <p class="note">${t('exportHint')}</p>
      <form id="receipt-check" @submit=${(e: SubmitEvent) => void this.checkReceipt(e)}>
        <label for="receipt">${t('receiptLabel')}</label>
        <input id="receipt" name="receipt" autocomplete="off" spellcheck="false" />
        <button type="submit">${t('receiptCheck')}</button>
        <p
          role="status"
          data-found=${this.receiptOutcome ? String(this.receiptOutcome.found) : nothing}
          class=${this.receiptOutcome && !this.receiptOutcome.found ? 'error' : ''}
        >
          ${this.receiptOutcome?.text ?? ''}
        </p>
      </form>
      ${
        !this.log
          ? html`<p role="status">${t('loading')}</p>`
          : html`<div class="scroll">
              <table id="audit-log">
                <thead>
                  <tr>
                    <th scope="col" class="num">${t('seq')}</th>
                    <th scope="col">${t('at')}</th>
                    <th scope="col">${t('kind')}</th>
                    <th scope="col">${t('data')}</th>
                  </tr>
                </thead>
                <tbody>
                  ${this.log.map(
                    (e) =>
                      html`<tr data-kind=${e.kind}>
                        <td class="num">${e.seq}</td>
                        <td>${new Date(e.at).toLocaleString(this.locale)}</td>
                        <th scope="row">${this.eventName(e.kind)}</th>
                        <td>
                          <span class="summary">${this.summary(e)}</span>
                          <details>
                            <summary>${t('raw')}</summary>
                            <pre><code>${JSON.stringify(
                              { kind: e.kind, data: e.data, prevHash: e.prevHash, hash: e.hash },
                              null,
                              1,
                            )}</code></pre>
                          </details>
                        </td>
                      </tr>`,
                  )}
                </tbody>
              </table>
            </div>`
      }
    `;
  }
}
