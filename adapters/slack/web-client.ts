/**
 * One Web API client configuration for the app and the notifier: no retries of its own (the
 * outbox owns retries and honours Retry-After), 429s rejected at once instead of slept on, and
 * the base URL from SLACK_API_URL so tests and proxies can stand in for slack.com.
 */
import { webApi } from '@slack/bolt';
import type { Logger } from '../../src/logger.ts';
import { boltLogger } from './bolt-logger.ts';

export const DEFAULT_API_URL = 'https://slack.com/api/';

export function webClientOptions(apiUrl: string | undefined, logger: Logger): webApi.WebClientOptions {
  return {
    slackApiUrl: apiUrl ? (apiUrl.endsWith('/') ? apiUrl : `${apiUrl}/`) : DEFAULT_API_URL,
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    timeout: 10_000,
    logger: boltLogger(logger),
  };
}

export function createWebClient(token: string, apiUrl: string | undefined, logger: Logger): webApi.WebClient {
  return new webApi.WebClient(token, webClientOptions(apiUrl, logger));
}
