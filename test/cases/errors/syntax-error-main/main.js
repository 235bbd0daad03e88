console.log('never runs');
const x = {;
