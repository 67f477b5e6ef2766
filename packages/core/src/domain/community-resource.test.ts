import { describe, expect, it } from 'vitest';
import { pilotOpenSpaceSession } from '../examples/pilot-open-space.js';
import { parseDocument } from '../validation/parse-document.js';
import { CommunityResourceSchema, resourcesOf } from './community-resource.js';

describe('CommunityResource', () => {
  it('lists one community’s resources by kind', () => {
    const resources = pilotOpenSpaceSession.resources ?? [];
    expect(resourcesOf('jinhuali', resources).map((r) => [r.kind, r.id])).toEqual([
      ['venue', 'r-jinhuali-hall'],
      ['local-business', 'r-jinhuali-grocer'],
    ]);
    expect(resourcesOf('yuhuayuan', resources)).toEqual([]);
  });

  it('refuses an unknown kind and a negative capacity', () => {
    const result = parseDocument(CommunityResourceSchema, {
      id: 'r-1',
      community: 'jinhuali',
      kind: 'money-tree',
      name: '摇钱树',
      capacity: -3,
    });
    expect(result.ok ? [] : result.violations.map((v) => v.path.join('.'))).toEqual([
      'kind',
      'capacity',
    ]);
  });
});
