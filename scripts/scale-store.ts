/** `npx tsx scripts/scale-store.ts [tiny|full|x10]`: generates (or confirms) the scale bench's store of a size. */
import { ensureScaleStore } from '../bench/support/scale-store';
import type { SeedSize } from '../seed/proportions';

const size = (process.argv[2] ?? 'x10') as SeedSize;
ensureScaleStore(size).then(
  ({ dir, stamp, generated }) => console.log(JSON.stringify({ dir, generated, ...stamp })),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
