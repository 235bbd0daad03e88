                                                                
const palette = {
  red: [255, 0, 0],
  green: '#00ff00',
}                 ;
console.log(palette.green.toUpperCase(), palette.red.map((c) => c / 255));
