/**
 * One process per photo kind, as one function instance: reads the photo, re-encodes it `samples` times and
 * prints { times, baselineRssMb, peakRssMb, outBytes } as JSON. The peak is the process's max RSS.
 */
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { reencodeImage } from '../../cloudfunctions/_kernel/uploads/reencode';

const [file, samplesArg] = process.argv.slice(2);
const raw = fs.readFileSync(file);
const baselineRssMb = process.resourceUsage().maxRSS / 1024;
async function main() {
  const times: number[] = [];
  let outBytes = 0;
  for (let i = 0; i < Number(samplesArg); i++) {
    const t = performance.now();
    outBytes = (await reencodeImage(raw)).bytes.length;
    times.push(performance.now() - t);
  }
  console.log(JSON.stringify({ times, baselineRssMb, peakRssMb: process.resourceUsage().maxRSS / 1024, outBytes }));
}
void main();
