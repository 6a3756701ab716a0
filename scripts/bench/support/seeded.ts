/** A repeatable number in [-1, 1) for a seed: benchmark runs vary, the same way every time. */
export function seeded(seed: number): number {
  const x = Math.sin(seed * 12.9898) * 43758.5453;
  return (x - Math.floor(x)) * 2 - 1;
}
