                                                   
                                                   
function pad(value                 , width        )         {
  return String(value).padStart(width, '.');
}
class Parser {
                                
                                             
  parse(text        , sep = ',')           { return text.split(sep); }
}
console.log(pad('x', 4), pad(7, 3), new Parser().parse('a,b'), new Parser().parse('a;b', ';'));
