/**
 * The hostile-content fixture (tests/fixtures/hostile-content) is served in e2e by a second, small
 * production build with its own content and build folder, so the shipped build never contains it.
 * tsconfig.json lists this build's types too, or Next would add them on every fixture build.
 */
export const fixtureBuildEnv = {
  JISR_CONTENT_DIR: 'tests/fixtures/hostile-content',
  JISR_DIST_DIR: '.next-hostile',
};
