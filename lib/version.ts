// HeaderLens's version, stamped into every analysis and report (a unit test keeps it equal to
// package.json's, which the pure lib/ cannot import without dragging the whole file into bundles).
export const VERSION = '0.1.0';
