/** Test doubles for escalations: a clock moved by hand, notifiers that record, a literal directory. */
export { createFakeClock, type FakeClock } from './fake-clock.ts';
export { RecordingNotifier, type Sent } from './recording-notifier.ts';
export { FileSinkNotifier, readSink, type SinkLine } from './file-sink-notifier.ts';
export { staticDirectory } from './static-directory.ts';
