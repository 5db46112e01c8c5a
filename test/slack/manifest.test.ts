// The app manifests create an app that sends what the code handles, no more and no less.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { COMMAND, HANDLED_EVENTS, REQUIRED_SCOPES } from '../../adapters/slack/facts.ts';
import { createSlackAdapter, EVENTS_PATH, slackTransport } from '../../adapters/slack/index.ts';
import { SocketModeReceiver } from '@slack/bolt';
import { fixtureBot } from './fixture-bot.ts';
import { recordingLogger } from './harness.ts';

interface Manifest {
  features: { bot_user: { display_name: string }; slash_commands: { command: string; url?: string; usage_hint: string }[]; app_home: { messages_tab_enabled: boolean; messages_tab_read_only_enabled: boolean } };
  oauth_config: { scopes: { bot: string[] } };
  settings: { event_subscriptions: { request_url?: string; bot_events: string[] }; interactivity: { is_enabled: boolean; request_url?: string }; socket_mode_enabled: boolean };
}

const read = (name: string) => parse(readFileSync(join(import.meta.dirname, '..', '..', 'adapters', 'slack', name), 'utf8')) as Manifest;

describe.each([
  ['manifest.yaml', false],
  ['manifest.socket-mode.yaml', true],
] as const)('%s', (file, socket) => {
  const m = read(file);

  it('declares the command, events and scopes the code handles', () => {
    expect(m.features.slash_commands.map((c) => c.command)).toEqual([COMMAND]);
    expect(m.features.slash_commands[0]?.usage_hint).toContain('clause');
    expect([...m.settings.event_subscriptions.bot_events].sort()).toEqual([...HANDLED_EVENTS].sort());
    expect([...m.oauth_config.scopes.bot].sort()).toEqual(Object.keys(REQUIRED_SCOPES).sort());
    expect(m.settings.interactivity.is_enabled).toBe(true);
    expect(m.features.bot_user.display_name).toBe('policybot');
    // Staff can write to the bot in its Messages tab.
    expect(m.features.app_home.messages_tab_enabled).toBe(true);
    expect(m.features.app_home.messages_tab_read_only_enabled).toBe(false);
  });

  it(socket ? 'uses Socket Mode and has no URLs' : 'points every URL at /slack/events', () => {
    expect(m.settings.socket_mode_enabled).toBe(socket);
    const urls = [m.features.slash_commands[0]?.url, m.settings.event_subscriptions.request_url, m.settings.interactivity.request_url];
    if (socket) expect(urls.filter(Boolean)).toEqual([]);
    else for (const u of urls) expect(u).toBe(`https://YOUR-HOST${EVENTS_PATH}`);
  });
});

describe('transport choice', () => {
  const deps = {
    bot: fixtureBot,
    escalations: {} as never,
    directory: { policyFor: () => undefined, isSlt: () => false, sltChannel: () => undefined },
    logger: recordingLogger(),
    logQuestions: false,
  };

  it('HTTP without an app token: one signed route at /slack/events', () => {
    expect(slackTransport({})).toBe('http');
    const a = createSlackAdapter(deps, { botToken: 'xoxb-1', signingSecret: 's' });
    expect(a.transport).toBe('http');
    expect(a.routes().map((r) => `${r.method} ${r.path}`)).toEqual(['POST /slack/events']);
  });

  it('Socket Mode with an app token: Bolt\'s SocketModeReceiver, and no HTTP route to attack', () => {
    expect(slackTransport({ appToken: 'xapp-1' })).toBe('socket');
    const a = createSlackAdapter(deps, { botToken: 'xoxb-1', signingSecret: 's', appToken: 'xapp-1-A1-2-abc' });
    expect(a.transport).toBe('socket');
    expect(a.routes()).toEqual([]);
    expect((a.app as unknown as { receiver: unknown }).receiver).toBeInstanceOf(SocketModeReceiver);
  });
});
