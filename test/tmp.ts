import { mkdirSync } from 'fs';
import { join } from 'path';

/**
 * The folder under the repository where tests write what tcam is run on from the repository (paths
 * in its output relative to it): the run's own folder, removed after the run (test/global-tmp.ts);
 * `.tmp` when a test file is run without the setup.
 */
export const TEST_TMP = process.env.TCAM_TEST_TMP ?? join(__dirname, '..', '.tmp');
mkdirSync(TEST_TMP, { recursive: true });
