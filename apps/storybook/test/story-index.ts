import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One entry of Storybook's `index.json`: a story or a docs page. */
export interface StoryEntry {
  id: string;
  title: string;
  name: string;
  type: 'story' | 'docs';
  /** The entry's tags (`box` marks a story that talks to a ballot box on 127.0.0.1:8787). */
  tags: string[];
}

/**
 * Reads the stories and docs pages of a static Storybook build from its `index.json`.
 *
 * @example
 * readStoryIndex('storybook-static').filter((e) => e.type === 'story');
 */
export function readStoryIndex(staticDir: string): StoryEntry[] {
  const file = join(staticDir, 'index.json');
  const index: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const entries =
    typeof index === 'object' && index !== null && 'entries' in index ? index.entries : undefined;
  if (typeof entries !== 'object' || entries === null) {
    throw new Error(`${file} has no "entries" object: is it a Storybook 8+ index?`);
  }
  return Object.values(entries).map((value: unknown, i) => {
    const e = value as Partial<StoryEntry>;
    if (typeof e.id !== 'string' || (e.type !== 'story' && e.type !== 'docs')) {
      throw new Error(`${file}: entry ${i} has no id or an unknown type`);
    }
    const tags = Array.isArray(e.tags) ? e.tags.map(String) : [];
    return { id: e.id, title: String(e.title), name: String(e.name), type: e.type, tags };
  });
}

/**
 * The iframe URL that renders one entry on its own, without the manager UI, with optional
 * toolbar `globals` (`'locale:en;theme:dark'`). The a11y addon's
 * own automatic axe run is switched off (`a11y.manual`), so it cannot collide with the smoke
 * test's axe run ("Axe is already running") or double the time of large stories.
 *
 * @example
 * storyUrl('http://127.0.0.1:4173/', { id: 'ballot--empty', type: 'story', ... });
 * // 'http://127.0.0.1:4173/iframe.html?id=ballot--empty&viewMode=story&globals=a11y.manual%3A%21true'
 */
export function storyUrl(
  baseUrl: string,
  entry: Pick<StoryEntry, 'id' | 'type'>,
  globals?: string,
): string {
  const url = new URL('iframe.html', baseUrl);
  url.searchParams.set('id', entry.id);
  url.searchParams.set('viewMode', entry.type);
  url.searchParams.set('globals', [globals, 'a11y.manual:!true'].filter(Boolean).join(';'));
  return url.href;
}
