async function main()                {
  const mod                                  = await import('./greeter.mjs');
  console.log(mod.greet('dynamic'));
}
main();
