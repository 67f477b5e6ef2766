import { describe, expect, it } from 'vitest';
import { parseRoute } from './demo-routes.js';

describe('parseRoute', () => {
  it('reads a screen of the menu', () => {
    expect(parseRoute('#/funding')).toEqual({ screen: 'funding' });
  });

  it('reads the attendee of a ballot link', () => {
    expect(parseRoute('#/vote/v02')).toEqual({ screen: 'vote', voter: 'v02' });
  });

  it('falls back to the meeting for an empty or unknown hash', () => {
    expect(parseRoute('')).toEqual({ screen: 'meeting' });
    expect(parseRoute('#/nowhere')).toEqual({ screen: 'meeting' });
    expect(parseRoute('#/vote')).toEqual({ screen: 'meeting' });
  });
});
