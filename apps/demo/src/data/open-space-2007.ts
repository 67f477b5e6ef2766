import type { OpenSpaceSession } from '@qingyuan/core';
import { pilotOpenSpaceSession } from '@qingyuan/core/examples';

/**
 * The fictional community of the demo, Liuyinli 柳荫里 (core's examples invent it for their
 * termination): every idea and event the demo invents goes on it, and the screens say so.
 */
export const fictionalCommunity = 'liuyinli';

/** The three residents whose views the Open Space screen switches between (the session's own). */
export const openSpaceViews = ['p-wang', 'p-chen-jianguo', 'p-huang-jing'] as const;

/**
 * The Open Space session the demo's year starts with, under `id`: the examples' 2007 session
 * (its topics and ideas), its dots still to be cast, and the fictional community added for the
 * ideas residents propose in the demo.
 *
 * @example
 * openSpaceSession2007('os-qingyuan-2007-ab12cd').votes; // []
 */
export function openSpaceSession2007(id: string): OpenSpaceSession {
  return {
    ...pilotOpenSpaceSession,
    id,
    communities: [...pilotOpenSpaceSession.communities, fictionalCommunity],
    votes: [],
  };
}
