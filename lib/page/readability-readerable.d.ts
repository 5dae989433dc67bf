// Readability's readerable check on its own: the package's index also loads
// the whole Readability parser, which the content script never runs.
declare module '@mozilla/readability/Readability-readerable.js' {
  import type { isProbablyReaderable } from '@mozilla/readability';
  const readerable: typeof isProbablyReaderable;
  export default readerable;
}
