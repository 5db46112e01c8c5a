import { describe, expect, it } from 'vitest';
import { createSchoolDirectory, PLAYGROUND_SLT, PLAYGROUND_USER } from '../../src/config/index.ts';

const schools = [
  { policy: 'quorn-hall', slack: { workspaces: ['T0SHARED'], channels: [], sltChannel: 'C0QHSLT', sltUsers: ['U0QH1'] } },
  {
    policy: 'wycliffe-primary',
    slack: { workspaces: [], channels: ['C0WYC'], sltChannel: 'C0WYSLT', sltUsers: ['U0WY1'] },
    teams: { teams: ['19:wyc@thread.tacv2'], channels: [], sltUsers: ['AAAAAAAA-bbbb-cccc-dddd-eeeeeeeeeeee'] },
  },
];

describe('the school directory', () => {
  const dir = createSchoolDirectory({ schools, playground: false, capturedTeamsChannel: (p) => (p === 'wycliffe-primary' ? '19:captured@thread.tacv2' : undefined) });

  it('maps a channel before its workspace, so a shared workspace can hold two schools', () => {
    expect(dir.policyFor('slack', { teamId: 'T0SHARED', channelId: 'C0WYC' })).toBe('wycliffe-primary');
    expect(dir.policyFor('slack', { teamId: 'T0SHARED', channelId: 'C0OTHER' })).toBe('quorn-hall');
    expect(dir.policyFor('slack', { teamId: 'T0ELSE' })).toBeUndefined();
    expect(dir.policyFor('teams', { teamId: '19:wyc@thread.tacv2' })).toBe('wycliffe-primary');
  });

  it('only a school\'s own SLT on that platform are SLT', () => {
    expect(dir.isSlt('quorn-hall', { platform: 'slack', userId: 'U0QH1' })).toBe(true);
    expect(dir.isSlt('wycliffe-primary', { platform: 'slack', userId: 'U0QH1' })).toBe(false);
    expect(dir.isSlt('wycliffe-primary', { platform: 'teams', userId: 'aaaaaaaa-BBBB-cccc-dddd-eeeeeeeeeeee' })).toBe(true);
    expect(dir.isSlt('quorn-hall', { platform: 'teams', userId: 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee' })).toBe(false);
  });

  it('the playground SLT identity is SLT only while the playground is served', () => {
    expect(dir.isSlt('quorn-hall', PLAYGROUND_SLT)).toBe(false);
    const withPlayground = createSchoolDirectory({ schools: [], playground: true });
    expect(withPlayground.isSlt('quorn-hall', PLAYGROUND_SLT)).toBe(true);
    expect(withPlayground.isSlt('quorn-hall', PLAYGROUND_USER)).toBe(false);
    expect(withPlayground.sltChannel('quorn-hall', 'web')).toBeDefined();
    expect(dir.sltChannel('quorn-hall', 'web')).toBeUndefined();
  });

  it('gives the SLT channel per platform, falling back to a captured Teams conversation', () => {
    expect(dir.sltChannel('quorn-hall', 'slack')).toBe('C0QHSLT');
    expect(dir.sltChannel('wycliffe-primary', 'teams')).toBe('19:captured@thread.tacv2');
    expect(dir.sltChannel('quorn-hall', 'teams')).toBeUndefined();
  });
});
