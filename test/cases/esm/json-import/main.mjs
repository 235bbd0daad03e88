import data from './data.json' with { type: 'json' };
console.log(data, data.list[1]);
const again = await import('./data.json', { with: { type: 'json' } });
console.log(again.default === data);
