// How far the build lets its heap grow. After each full collection V8 lets the heap grow to up to four times
// what survived, at the rate the program allocates; a build allocates fast and keeps little (≈45 MB live
// through 1,000 stories), so the heap ran to 300 MB and more of garbage, and the 5,000-article benchmark's
// peak memory to 520–535 MB. Twice what survived keeps it at 390–400 MB for ≈3% more time (README,
// Performance). A growth factor, not a cap: a story that needs a big heap still gets it.
import v8 from 'node:v8';

let bounded = false;

/** Set once per process, before the build allocates; Node applies V8 flags set at run time to later growth. */
export function boundHeapGrowth(): void {
  if (bounded) return;
  bounded = true;
  v8.setFlagsFromString('--heap-growing-percent=100');
}
