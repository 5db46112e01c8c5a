/**
 * What the code handles, for the manifests to match (a test compares them): the command, the
 * events listened to, and the bot scopes the Web API calls need.
 */
export { COMMAND } from './app/register-messages.ts';

export const HANDLED_EVENTS = Object.freeze(['app_mention', 'message.im']);

/** Each scope, and the calls that need it. */
export const REQUIRED_SCOPES = Object.freeze({
  commands: '/policy',
  'chat:write': 'chat.postMessage, chat.update, chat.postEphemeral',
  'app_mentions:read': 'app_mention events',
  'im:history': 'message.im events; conversations.history in a DM (finding a reply already sent)',
  'im:write': 'conversations.open (DM the asker)',
  'users:read': 'users.info (the names SLT see for the asker and for who took it)',
  'channels:history': 'conversations.history in a public SLT channel',
  'groups:history': 'conversations.history in a private SLT channel',
});
