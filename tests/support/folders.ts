/**
 * Content folders the browser suites build from. The built sites' folders are deleted
 * before their servers start, as a deploy that ships only the build output would be; the
 * preview's folder is the one the live-preview tests edit.
 */
export const DEPLOYED_CONTENT_DIR = '.e2e-content';
export const DEPLOYED_LARGE_CONTENT_DIR = '.e2e-content-large';
export const PREVIEW_CONTENT_DIR = '.preview-content';

/** The SQLite file the browser tests' server stores feedback in (removed before each run). */
export const E2E_FEEDBACK_DB = 'data/e2e-feedback.sqlite';
