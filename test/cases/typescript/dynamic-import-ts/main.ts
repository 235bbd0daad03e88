async function main(): Promise<void> {
  const mod: { greet(name: string): string } = await import('./greeter.mts');
  console.log(mod.greet('dynamic'));
}
main();
