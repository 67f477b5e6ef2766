import { describe, expect, it } from 'vitest';
import { formatTime } from './format-time.js';

describe('formatTime', () => {
  it('shows a recorded time in words of each language, in the given time zone', () => {
    const zone = process.env.TZ;
    process.env.TZ = 'Asia/Shanghai';
    try {
      expect(formatTime('2008-03-21T01:00:00Z', 'en')).toMatch(
        /21 Mar 2008, 09:00|Mar 21, 2008, 9:00/,
      );
      expect(formatTime('2008-03-21T01:00:00Z', 'zh-CN')).toMatch(/^2008年3月21日 09:00$/);
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it('leaves a text that is no time as it is', () => {
    expect(formatTime('soon', 'en')).toBe('soon');
  });
});
