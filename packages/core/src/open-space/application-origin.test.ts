import { describe, expect, it } from 'vitest';
import { ApplicationSchema } from '../domain/application.js';
import { jinhualiApplication, yuhuayuanApplication } from '../examples/pilot-applications.js';
import { pilotOpenSpaceSession } from '../examples/pilot-open-space.js';
import { ApplicationOriginSchema, checkApplicationOrigin } from './application-origin.js';

describe('application origin', () => {
  it('is an optional field of an application that keeps the session and ideas', () => {
    expect(ApplicationSchema.parse(jinhualiApplication).origin).toEqual({
      session: 'os-qingyuan-2007',
      ideas: ['i-love-supermarket', 'i-cheap-goods'],
    });
    expect(ApplicationSchema.parse(yuhuayuanApplication).origin).toBeUndefined();
    expect(ApplicationOriginSchema.safeParse({ session: 'os', ideas: [] }).success).toBe(false);
  });

  it('resolves into the session, or says which idea or session is unknown', () => {
    expect(checkApplicationOrigin(jinhualiApplication, pilotOpenSpaceSession)).toEqual({
      ok: true,
    });
    expect(checkApplicationOrigin(yuhuayuanApplication, pilotOpenSpaceSession)).toEqual({
      ok: true,
    });
    const wrongIdea = {
      ...jinhualiApplication,
      origin: { session: 'os-qingyuan-2007', ideas: ['i-love-supermarket', 'i-gone'] },
    };
    const result = checkApplicationOrigin(wrongIdea, pilotOpenSpaceSession);
    expect(result.ok ? [] : result.violations.map((v) => [v.rule, v.path.join('.')])).toEqual([
      ['open-space.known-idea', 'origin.ideas.1'],
    ]);
    const otherSession = { ...jinhualiApplication, origin: { session: 'os-2009', ideas: ['i-1'] } };
    const other = checkApplicationOrigin(otherSession, pilotOpenSpaceSession);
    expect(other.ok ? [] : other.violations.map((v) => v.rule)).toEqual([
      'open-space.origin-session',
    ]);
  });
});
