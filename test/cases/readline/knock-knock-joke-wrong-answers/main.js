// A knock-knock joke told over standard input and output, line by line.
const readline = require('readline');

const jokes = {
  Boo: "Don't cry...it's only a joke!",
  Lettuce: "Let us in! It's freezing out here!",
  'A little old lady': "Wow, I didn't know you could yodel!",
};

async function tellJoke(input, output, who) {
  const punchline = jokes[who];
  const lineReader = readline.createInterface({ input, output, prompt: '>> ' });
  function say(text, prompt = true) {
    output.write(`${text}\n`);
    if (prompt) lineReader.prompt();
  }
  let stage = 0;
  say('Knock knock!');
  for await (const inputLine of lineReader) {
    if (stage === 0) {
      if (inputLine.toLowerCase() === "who's there?") {
        say(who);
        stage = 1;
      } else {
        say('Please type "Who\'s there?".');
      }
    } else if (stage === 1) {
      if (inputLine.toLowerCase() === `${who.toLowerCase()} who?`) {
        say(punchline, false);
        return;
      }
      say(`Please type "${who} who?".`);
    }
  }
}

tellJoke(process.stdin, process.stdout, process.argv[2] || 'A little old lady')
  .then(() => { console.log('[joke done]'); process.stdin.pause(); })
  .catch((err) => console.error(err));
