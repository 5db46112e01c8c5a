/** Block Kit's limits (docs.slack.dev/reference/block-kit), in one frozen place. */
export const BLOCK_LIMITS = Object.freeze({
  blocksPerMessage: 50,
  blocksPerModal: 100,
  sectionText: 3000,
  contextElements: 10,
  contextText: 3000,
  headerText: 150,
  buttonText: 75,
  buttonValue: 2000,
  actionId: 255,
  blockId: 255,
  elementsPerActions: 25,
  /** The fallback `text` of a message (notifications, screen readers); Slack truncates at 40,000. */
  messageText: 3000,
  modalTitle: 24,
  modalSubmit: 24,
  privateMetadata: 3000,
  plainTextInitialValue: 3000,
});
