// What a site folder holds besides the pages, known to load (which checks a folder before a build) and to
// write (which keeps these in every site it swaps in).

/** The file every site this build writes carries at its root. */
export const SITE_MARKER = '.coverage-compare-site';

/** What the marker says to someone who finds it. */
export const SITE_MARKER_TEXT =
  'This folder is a site written by coverage-compare (npm run build). The next build replaces everything in it\n' +
  'except CNAME, .git, .nojekyll and .well-known. Put other files you want published in public/.\n';

/** Entries a user keeps in the site folder for the host (a custom domain, a deploy repository); every build keeps them. */
export const KEPT_ENTRIES = ['CNAME', '.git', '.nojekyll', '.well-known'];
