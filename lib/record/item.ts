// The record's place in storage: one versioned `storage.local` item, never
// synced. Uninstalling the extension removes it with the rest of its storage.
import { storage } from '#imports';
import { createRecordStore, type ReadingRecord, type RecordStorage } from './store';

export const RECORD_KEY = 'local:readingRecord' as const;

const recordItem = storage.defineItem<ReadingRecord | null>(RECORD_KEY, {
  fallback: null,
  version: 1,
});

export const recordStorage: RecordStorage = {
  get: () => recordItem.getValue(),
  set: (value) => recordItem.setValue(value),
  // The value and its version metadata: "delete everything" leaves no key behind.
  remove: () => recordItem.removeValue({ removeMeta: true }),
};

/** The store every context uses (the background records, the page reads and deletes). */
export const readingRecord = createRecordStore(recordStorage);
