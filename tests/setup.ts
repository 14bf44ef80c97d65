// Unit tests run in Node: IndexedDB comes from fake-indexeddb, browser APIs from WXT's fake browser.
import 'fake-indexeddb/auto';
