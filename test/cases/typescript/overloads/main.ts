function pad(value: string, width: number): string;
function pad(value: number, width: number): string;
function pad(value: string | number, width: number): string {
  return String(value).padStart(width, '.');
}
class Parser {
  parse(text: string): string[];
  parse(text: string, sep: string): string[];
  parse(text: string, sep = ','): string[] { return text.split(sep); }
}
console.log(pad('x', 4), pad(7, 3), new Parser().parse('a,b'), new Parser().parse('a;b', ';'));
