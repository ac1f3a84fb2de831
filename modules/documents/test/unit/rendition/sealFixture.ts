import { encodePng } from './pngCodec.ts';

/** A stand-in office seal: a red ring and a five-pointed star on a transparent ground, as PNG. */
export function sealPng(size = 320): Uint8Array {
  const data = new Uint8Array(size * size * 4);
  const c = size / 2;
  const star = Array.from({ length: 10 }, (_, k) => {
    const radius = k % 2 === 0 ? size * 0.17 : size * 0.068;
    const angle = -Math.PI / 2 + (k * Math.PI) / 5;
    return [c + radius * Math.cos(angle), c + radius * Math.sin(angle)] as const;
  });
  const inStar = (x: number, y: number) => {
    let inside = false;
    for (let i = 0, j = star.length - 1; i < star.length; j = i++) {
      const [xi, yi] = star[i] ?? [0, 0];
      const [xj, yj] = star[j] ?? [0, 0];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
    return inside;
  };
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let cover = 0;
      for (const [sx, sy] of [
        [0.25, 0.25],
        [0.75, 0.25],
        [0.25, 0.75],
        [0.75, 0.75],
      ] as const) {
        const x = px + sx;
        const y = py + sy;
        const r = Math.hypot(x - c, y - c);
        if ((r <= size * 0.49 && r >= size * 0.45) || inStar(x, y)) cover++;
      }
      const i = (py * size + px) * 4;
      data.set([220, 20, 30, Math.round((cover / 4) * 235)], i);
    }
  }
  return encodePng({ width: size, height: size, channels: 4, data });
}
