function greet(name        , greeting         , punctuation         = '!')         {
  return `${greeting ?? 'Hello'}, ${name}${punctuation}`;
}
;                                                      
const run = ({ verbose = false, level }          = {})         => `${verbose}:${level}`;
console.log(greet('ts'), greet('ts', 'Hi'), greet('ts', undefined, '?'), run(), run({ level: 2 }));
