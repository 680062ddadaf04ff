export * from './slack-notifier.js';
export * from './slack-blocks.js';
export * from './slack-options.js';
