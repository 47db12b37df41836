import * as jpeg from 'jpeg-js';

/**
 * Synthetic phone-like photos for the upload benchmark: gradients, texture and sensor-like noise, so a
 * JPEG of them is about as large as a real photo of the same size. Deterministic for a given seed.
 */
export function photoJpeg(width: number, height: number, quality: number, noise: number, seed = 1): Buffer {
  let s = seed;
  const rand = () => (s = (s * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
  const data = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      const texture = 40 * Math.sin(x / 7) * Math.cos(y / 11);
      data[i] = clamp((x / width) * 200 + texture + (rand() - 0.5) * noise);
      data[i + 1] = clamp((y / height) * 180 + texture + (rand() - 0.5) * noise);
      data[i + 2] = clamp(120 + 60 * Math.sin((x + y) / 90) + (rand() - 0.5) * noise);
      data[i + 3] = 255;
    }
  }
  return jpeg.encode({ width, height, data }, quality).data;
}

const clamp = (v: number) => Math.max(0, Math.min(255, Math.round(v)));
