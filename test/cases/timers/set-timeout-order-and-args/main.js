// created in increasing-delay order, so a slow host can only delay, never reorder, them
setTimeout((a, b) => console.log('0ms with args', a, b), 0, 'A', 'B');
setTimeout(() => console.log('1ms (same as 0)'), 1);
setTimeout(() => console.log('negative delay treated as 1'), -10);
setTimeout(() => console.log('NaN delay treated as 1'), NaN);
setTimeout(() => console.log('string delay "3"'), '3');
setTimeout(() => console.log('5ms'), 5);
setTimeout(() => console.log('20ms'), 20);
console.log('sync');
