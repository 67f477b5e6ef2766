import type { Catalogs } from '@qingyuan/core';

/** Keys of the text every document-loading component shows. */
export type LoadMessageKey =
  | 'loading'
  | 'empty'
  | 'loadErrorTitle'
  | 'notJson'
  | 'unreachable'
  | 'httpError'
  | 'wholeDocument';

/**
 * The shipped text of the loading and error states; components spread it into their own
 * catalogs so a host can override it like any other message.
 *
 * @example
 * const messages = { en: { ...loadMessages.en, submit: 'Submit' }, 'zh-CN': { ... } };
 */
export const loadMessages: Catalogs<LoadMessageKey> = {
  en: {
    loading: 'Loading…',
    empty: 'Nothing to show yet: no document was given.',
    loadErrorTitle: 'This could not be shown because the document has problems:',
    notJson: 'The document is not valid JSON ({detail}).',
    unreachable: 'Could not load {url} ({detail}).',
    httpError: 'Loading {url} failed: the server answered {status}.',
    wholeDocument: 'document',
  },
  'zh-CN': {
    loading: '正在加载…',
    empty: '暂无内容：没有提供文档。',
    loadErrorTitle: '无法显示，文档存在以下问题：',
    notJson: '文档不是有效的 JSON（{detail}）。',
    unreachable: '无法加载 {url}（{detail}）。',
    httpError: '加载 {url} 失败：服务器返回 {status}。',
    wholeDocument: '文档',
  },
};
