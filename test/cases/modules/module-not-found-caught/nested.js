try { require('./also-missing'); } catch (e) { console.log(e.message.split(__dirname).join('<dir>')); console.log(e.requireStack.length); }
