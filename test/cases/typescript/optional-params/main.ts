function greet(name: string, greeting?: string, punctuation: string = '!'): string {
  return `${greeting ?? 'Hello'}, ${name}${punctuation}`;
}
interface Options { verbose?: boolean; level?: number }
const run = ({ verbose = false, level }: Options = {}): string => `${verbose}:${level}`;
console.log(greet('ts'), greet('ts', 'Hi'), greet('ts', undefined, '?'), run(), run({ level: 2 }));
