/** Outputs are strings: objects become compact JSON, booleans and numbers their text. */
export function toOutputString(value: string | number | boolean | object): string {
  return typeof value === 'string'
    ? value
    : typeof value === 'object'
      ? JSON.stringify(value)
      : String(value);
}
