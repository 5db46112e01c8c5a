/**
 * The playground: a local web page where anyone can try policybot without Slack or Teams, and
 * an SLT view to take, answer and close what it escalates. It renders the same Reply model as
 * the chat platforms (public/app.js draws the Reply JSON with DOM text nodes only).
 *
 *   createWebAdapter(deps) → routes: /, /slt, /playground/app.{js,css}, /playground/api/…
 *                            notifier: delivers SLT's answers into the asker's conversation
 */
import { memoryDeliveryRecords, type AdapterDeps, type PlatformAdapter } from '../../src/server/platform.ts';
import { askerRoutes } from './api.ts';
import { assetRoutes } from './assets.ts';
import { createWebNotifier } from './notifier.ts';
import { sltRoutes } from './slt-api.ts';

export { createWebNotifier, deliveredAnswer, answerKey, type DeliveredAnswer } from './notifier.ts';


export function createWebAdapter(deps: AdapterDeps): PlatformAdapter {
  const records = deps.deliveryRecords ?? memoryDeliveryRecords();
  return {
    name: 'web',
    routes: () => [...assetRoutes(), ...askerRoutes(deps, records), ...sltRoutes(deps)],
    notifier: createWebNotifier(records, deps.clock),
  };
}
