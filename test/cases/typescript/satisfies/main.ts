type Colors = Record<string, [number, number, number] | string>;
const palette = {
  red: [255, 0, 0],
  green: '#00ff00',
} satisfies Colors;
console.log(palette.green.toUpperCase(), palette.red.map((c) => c / 255));
