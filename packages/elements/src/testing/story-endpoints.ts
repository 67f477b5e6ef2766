/** How a story's endpoint answers a POST: accepts, never answers, drops the connection, refuses. */
export type StoryAnswer = 'sent' | 'sending' | 'offline' | 'refusing';

/**
 * The URL of a story endpoint that answers as `answer` (see {@link stubStoryPosts}); `what`
 * tells the stories apart (`audits`, `signatures`…).
 *
 * @example
 * storyEndpoint('offline', 'audits'); // '/qy-story-post/offline/audits'
 */
export function storyEndpoint(answer: StoryAnswer, what: string): string {
  return `/qy-story-post/${answer}/${what}`;
}

/**
 * Makes every {@link storyEndpoint} answer without a server and without a network request the
 * browser would log: `sent` with 201 and the document back, `sending` never (the element stays
 * on "Sending…"), `offline` as a dropped connection, `refusing` with a 409 and a reason in the
 * page's language (its `Accept-Language`). Every other URL is fetched as usual. Also empties the
 * given outboxes (`localStorage` keys), so that a story starts without what an earlier one left.
 * A story loader: `loaders: [() => stubStoryPosts('qingyuan:audit-outbox')]`.
 */
export function stubStoryPosts(...outboxes: string[]): Record<string, never> {
  for (const key of outboxes) localStorage.removeItem(key);
  const w = window as { __qyStoryPosts?: boolean };
  if (w.__qyStoryPosts) return {};
  w.__qyStoryPosts = true;
  const realFetch = window.fetch.bind(window);
  window.fetch = (input, init) => {
    const url = String(input instanceof Request ? input.url : input);
    const answer = /\/qy-story-post\/(sent|sending|offline|refusing)\//.exec(url)?.[1];
    if (!answer) return realFetch(input, init);
    if (answer === 'sending') return new Promise<Response>(() => {});
    if (answer === 'offline')
      return Promise.reject(new TypeError('Failed to fetch (story: offline)'));
    const zh = new Headers(init?.headers).get('Accept-Language')?.startsWith('zh') ?? false;
    const [status, body] =
      answer === 'sent'
        ? [201, JSON.parse(String(init?.body ?? '{}')) as unknown]
        : [
            409,
            {
              message: zh
                ? '项目当前的状态不接受这份文件（故事中的模拟服务器）'
                : 'The project’s current status does not take this document (the story’s simulated server)',
            },
          ];
    return Promise.resolve(
      new Response(JSON.stringify(body), {
        status,
        headers: { 'Content-Type': 'application/json' },
      }),
    );
  };
  return {};
}
